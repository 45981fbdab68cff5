import { toCsv } from "@/lib/people/csv";
import { peopleColumns } from "@/lib/people/schemas";
import { seededRandom } from "@/lib/matching/random";

const first = [
  "Ada",
  "Ben",
  "Chen",
  "Dana",
  "Emeka",
  "Farah",
  "Gus",
  "Hana",
  "Ivan",
  "Jia",
  "Kofi",
  "Lina",
  "Mateo",
  "Nia",
  "Omar",
  "Priya",
];
const last = [
  "Ahmed",
  "Berg",
  "Costa",
  "Diaz",
  "Evans",
  "Fischer",
  "Garcia",
  "Haddad",
  "Ito",
  "Jones",
  "Kim",
  "Lopez",
  "Mensah",
  "Novak",
  "Okafor",
  "Patel",
];
const departments = ["Engineering", "Product", "Sales", "Marketing", "Finance", "People", "Operations", "Support"];
const zones = ["Europe/London", "Europe/Berlin", "America/New_York", "America/Chicago", "Asia/Singapore"];

/** A realistic directory export of `count` people with a tree of managers, for tests and benchmarks. */
export function samplePeopleCsv(count: number, seed = 1, domain = "import.example"): string {
  const random = seededRandom(seed);
  const rows: string[][] = [[...peopleColumns]];
  for (let k = 0; k < count; k += 1) {
    // Each person reports to someone earlier in the file, so the tree is acyclic by construction.
    const manager = k === 0 ? "" : `person${Math.floor(random() * Math.min(k, 50 + k / 10))}@${domain}`;
    rows.push([
      `${first[k % first.length]} ${last[Math.floor(k / first.length) % last.length]} ${k}`,
      `person${k}@${domain}`,
      departments[Math.floor(random() * departments.length)]!,
      k === 0 ? "Chief Executive" : "Specialist",
      String(k === 0 ? 10 : 1 + Math.floor(random() * 8)),
      manager,
      "Remote",
      zones[Math.floor(random() * zones.length)]!,
      `20${10 + Math.floor(random() * 15)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
    ]);
  }
  return toCsv(rows);
}

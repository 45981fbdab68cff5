// npm run bench:matching [-- --json]: scoring and exact solving on seeded synthetic cohorts.
// Each case runs in its own process, so its peak memory is its own.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { defaultMatchingConfig } from "@/lib/matching/config";
import { matchCohort } from "@/lib/matching/match-cohort";
import { syntheticCohort } from "@/lib/matching/synthetic";

const cases = [
  { name: "S", mentees: 50, mentors: 20, capacity: 3 },
  { name: "M", mentees: 500, mentors: 150, capacity: 4 },
  { name: "L", mentees: 2000, mentors: 500, capacity: 5 },
  { name: "XL", mentees: 5000, mentors: 1000, capacity: 5 },
] as const;

interface CaseResult {
  name: string;
  mentees: number;
  mentors: number;
  capacity: number;
  scoreMs: number;
  solveMs: number;
  peakRssMb: number;
  total: number;
  greedyTotal: number;
}

function runCase(name: string): CaseResult {
  const spec = cases.find((c) => c.name === name);
  if (!spec) throw new Error(`Unknown case ${name}`);
  const { mentees, mentors } = syntheticCohort(20261122, spec.mentees, spec.mentors, spec.capacity);
  const result = matchCohort({ mentees, mentors, config: defaultMatchingConfig });
  return {
    ...spec,
    scoreMs: Math.round(result.timings.scoreMs),
    solveMs: Math.round(result.timings.solveMs),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    total: Number(result.total.toFixed(4)),
    greedyTotal: Number(result.greedyTotal.toFixed(4)),
  };
}

const caseFlag = process.argv.indexOf("--case");
if (caseFlag >= 0) {
  process.stdout.write(JSON.stringify(runCase(process.argv[caseFlag + 1] ?? "")));
} else {
  const json = process.argv.includes("--json");
  const self = fileURLToPath(import.meta.url);
  const results: CaseResult[] = cases.map(
    (c) =>
      JSON.parse(
        execFileSync(process.execPath, [...process.execArgv, self, "--case", c.name], { encoding: "utf8", maxBuffer: 1 << 20 }),
      ) as CaseResult,
  );
  if (json) {
    process.stdout.write(`${JSON.stringify({ cases: results })}\n`);
  } else {
    console.log("case  mentees×mentors  cap  score ms  solve ms  peak RSS MB     optimal total    greedy total   gain");
    for (const r of results) {
      console.log(
        `${r.name.padEnd(4)}  ${`${r.mentees}×${r.mentors}`.padStart(15)}  ${String(r.capacity).padStart(3)}  ${String(r.scoreMs).padStart(8)}  ${String(r.solveMs).padStart(8)}  ${String(r.peakRssMb).padStart(11)}  ${r.total.toFixed(4).padStart(16)}  ${r.greedyTotal.toFixed(4).padStart(14)}  ${(r.total - r.greedyTotal).toFixed(4).padStart(6)}`,
      );
    }
  }
}

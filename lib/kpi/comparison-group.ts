import { dayMs } from "@/lib/dates";
import type { Observation } from "@/lib/kpi/kaplan-meier";

/**
 * Coarsened exact matching. Each participant is compared with the non-participants who were
 * employed on the participant's start date and fall in the same stratum (department, level band,
 * tenure band, location). Comparison people are weighted so each stratum counts as much as it
 * does among the participants: a department with many participants and few comparison people
 * does not shrink to the comparison group's mix.
 */

export interface PersonHistory {
  id: string;
  department: string | null;
  /** Job grade 1..10. */
  level: number | null;
  location: string | null;
  hiredAt: Date | null;
  exitedAt: Date | null;
  /** Set when exitedAt is: only voluntary exits count as lost; involuntary ones censor. */
  exitVoluntary: boolean | null;
  /** The day the person's first mentoring participation started; null for non-participants. */
  participationStart: Date | null;
  promotedOn?: Date[];
}

export const daysPerMonth = 30.4375;

export function levelBand(level: number | null): string {
  if (level === null) return "level unknown";
  const low = level % 2 === 0 ? level - 1 : level;
  return `levels ${low}–${low + 1}`;
}

export const tenureBands = [
  { label: "under 1 year", below: 1 },
  { label: "1–3 years", below: 3 },
  { label: "3–5 years", below: 5 },
  { label: "5 years or more", below: Infinity },
] as const;

export function tenureBand(hiredAt: Date | null, on: Date): string {
  if (!hiredAt) return "tenure unknown";
  const years = (on.getTime() - hiredAt.getTime()) / (365.25 * dayMs);
  return tenureBands.find((band) => years < band.below)!.label;
}

export function stratumOf(person: PersonHistory, on: Date): string {
  return [
    person.department ?? "no department",
    levelBand(person.level),
    tenureBand(person.hiredAt, on),
    person.location ?? "no location",
  ].join(" · ");
}

export function employedOn(person: PersonHistory, day: Date): boolean {
  return (person.hiredAt === null || person.hiredAt <= day) && (person.exitedAt === null || person.exitedAt > day);
}

export interface IndexedRecord {
  personId: string;
  indexDate: Date;
  stratum: string;
  /** Time to a voluntary exit; involuntary exits and the end of the data censor. */
  retention: Observation;
  /** Time to the first promotion after the index date; leaving and the end of the data censor. */
  promotion: Observation;
  weight: number;
}

function indexRecord(person: PersonHistory, indexDate: Date, asOf: Date): IndexedRecord {
  const left = person.exitedAt !== null && person.exitedAt <= asOf ? person.exitedAt : null;
  const end = left ?? asOf;
  const days = (date: Date) => Math.max(0, (date.getTime() - indexDate.getTime()) / dayMs);
  const promoted = (person.promotedOn ?? [])
    .filter((date) => date > indexDate && date <= end)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  return {
    personId: person.id,
    indexDate,
    stratum: stratumOf(person, indexDate),
    retention: { time: days(end), event: left !== null && person.exitVoluntary === true },
    promotion: promoted ? { time: days(promoted), event: true } : { time: days(end), event: false },
    weight: 1,
  };
}

export interface StratumCount {
  stratum: string;
  participants: number;
  comparison: number;
}

export interface MatchedGroups {
  /** Every participant employed on their start date, start date not after the end of the data. */
  participants: IndexedRecord[];
  /** Participants whose stratum had at least one comparison person on their start date. */
  matchedParticipants: IndexedRecord[];
  /** Comparison records with their matching weights (summing to the number of records). */
  comparison: IndexedRecord[];
  /** Every non-participant employed on a participant's start date, unweighted: the naive group. */
  naiveComparison: IndexedRecord[];
  strata: StratumCount[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function matchComparisonGroup(people: PersonHistory[], asOf: Date): MatchedGroups {
  const participants = people
    .filter((p) => p.participationStart !== null && p.participationStart <= asOf && employedOn(p, p.participationStart))
    .map((p) => indexRecord(p, p.participationStart!, asOf));
  const nonParticipants = people.filter((p) => p.participationStart === null);
  const startDays = [...new Set(participants.map((r) => r.indexDate.getTime()))].map((t) => new Date(t));

  const naiveComparison: IndexedRecord[] = [];
  for (const day of startDays)
    for (const person of nonParticipants) if (employedOn(person, day)) naiveComparison.push(indexRecord(person, day, asOf));

  const cellOf = (r: IndexedRecord) => `${r.indexDate.getTime()}|${r.stratum}`;
  const treatedCells = new Map<string, IndexedRecord[]>();
  for (const r of participants) push(treatedCells, cellOf(r), r);
  const controlCells = new Map<string, IndexedRecord[]>();
  for (const r of naiveComparison) if (treatedCells.has(cellOf(r))) push(controlCells, cellOf(r), r);

  const matchedParticipants = participants.filter((r) => controlCells.has(cellOf(r)));
  const controls = [...controlCells.values()].flat();
  const comparison = [...controlCells.entries()].flatMap(([cell, records]) => {
    const treatedShare = treatedCells.get(cell)!.length / matchedParticipants.length;
    const controlShare = records.length / controls.length;
    return records.map((r) => ({ ...r, weight: treatedShare / controlShare }));
  });

  const strata = new Map<string, StratumCount>();
  for (const r of participants) {
    const row = strata.get(r.stratum) ?? { stratum: r.stratum, participants: 0, comparison: 0 };
    row.participants += 1;
    strata.set(r.stratum, row);
  }
  for (const r of comparison) strata.get(r.stratum)!.comparison += 1;

  return {
    participants,
    matchedParticipants,
    comparison,
    naiveComparison,
    strata: [...strata.values()].sort((a, b) => b.participants - a.participants || a.stratum.localeCompare(b.stratum)),
  };
}

/** For callers that count people rather than records (one person can be compared on several start dates). */
export function groupSize(records: IndexedRecord[]): number {
  return new Set(records.map((r) => r.personId)).size;
}

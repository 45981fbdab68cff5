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

/**
 * What a person's records share whatever the index date, worked out once: a comparison person is
 * indexed on every participant's start date, so this runs once where a record is built hundreds of
 * times.
 */
interface Prepared {
  person: PersonHistory;
  /** Department and level band, the part of the stratum that does not move with the date. */
  fixedStratum: string;
  location: string;
  /** The voluntary-or-not exit that falls within the data, or null. */
  leftAt: number | null;
  endAt: number;
  promotions: number[];
}

function prepare(person: PersonHistory, asOf: Date): Prepared {
  const left = person.exitedAt !== null && person.exitedAt <= asOf ? person.exitedAt.getTime() : null;
  const endAt = left ?? asOf.getTime();
  return {
    person,
    fixedStratum: `${person.department ?? "no department"} · ${levelBand(person.level)}`,
    location: person.location ?? "no location",
    leftAt: left,
    endAt,
    promotions: (person.promotedOn ?? [])
      .map((date) => date.getTime())
      .filter((time) => time <= endAt)
      .sort((a, b) => a - b),
  };
}

function indexRecord(prepared: Prepared, indexDate: Date): IndexedRecord {
  const { person, leftAt, endAt } = prepared;
  const index = indexDate.getTime();
  const days = (time: number) => Math.max(0, (time - index) / dayMs);
  const promoted = prepared.promotions.find((time) => time > index);
  return {
    personId: person.id,
    indexDate,
    stratum: `${prepared.fixedStratum} · ${tenureBand(person.hiredAt, indexDate)} · ${prepared.location}`,
    retention: { time: days(endAt), event: leftAt !== null && person.exitVoluntary === true },
    promotion: promoted !== undefined ? { time: days(promoted), event: true } : { time: days(endAt), event: false },
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
    .map((p) => indexRecord(prepare(p, asOf), p.participationStart!));
  const nonParticipants = people.filter((p) => p.participationStart === null).map((p) => prepare(p, asOf));
  const startDays = [...new Set(participants.map((r) => r.indexDate.getTime()))].map((t) => new Date(t));

  const naiveComparison: IndexedRecord[] = [];
  for (const day of startDays)
    for (const prepared of nonParticipants)
      if (employedOn(prepared.person, day)) naiveComparison.push(indexRecord(prepared, day));

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

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
  return tenureBandAt(hiredAt === null ? null : hiredAt.getTime(), on.getTime());
}

/** tenureBand on epoch milliseconds, for the loop that runs once per person and start day. */
function tenureBandAt(hiredTime: number | null, on: number): string {
  if (hiredTime === null) return "tenure unknown";
  const years = (on - hiredTime) / (365.25 * dayMs);
  for (const band of tenureBands) if (years < band.below) return band.label;
  return tenureBands.at(-1)!.label;
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
  /** Tenure band → the full stratum text, built once per band rather than once per record. */
  strata: Map<string, string>;
  hiredTime: number | null;
  exitedTime: number | null;
  /** Set once the person is in the naive group on some start day. */
  inNaive: boolean;
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
    strata: new Map(),
    hiredTime: person.hiredAt === null ? null : person.hiredAt.getTime(),
    exitedTime: person.exitedAt === null ? null : person.exitedAt.getTime(),
    inNaive: false,
  };
}

function stratumText(prepared: Prepared, tenure: string): string {
  let text = prepared.strata.get(tenure);
  if (text === undefined) {
    text = `${prepared.fixedStratum} · ${tenure} · ${prepared.location}`;
    prepared.strata.set(tenure, text);
  }
  return text;
}

function outcomesOf(prepared: Prepared, index: number): { retention: Observation; promotion: Observation } {
  const { person, leftAt, endAt } = prepared;
  const days = (time: number) => Math.max(0, (time - index) / dayMs);
  const promoted = prepared.promotions.find((time) => time > index);
  return {
    retention: { time: days(endAt), event: leftAt !== null && person.exitVoluntary === true },
    promotion: promoted !== undefined ? { time: days(promoted), event: true } : { time: days(endAt), event: false },
  };
}

function indexRecord(prepared: Prepared, indexDate: Date): IndexedRecord {
  return {
    personId: prepared.person.id,
    indexDate,
    stratum: stratumText(prepared, tenureBand(prepared.person.hiredAt, indexDate)),
    ...outcomesOf(prepared, indexDate.getTime()),
    weight: 1,
  };
}

/** Unweighted observations counted by time and outcome: as a weighted observation each, the same survival curve. */
class ObservationCounts {
  private readonly counts = new Map<number, { events: number; censored: number }>();

  add(time: number, event: boolean): void {
    let count = this.counts.get(time);
    if (!count) {
      count = { events: 0, censored: 0 };
      this.counts.set(time, count);
    }
    if (event) count.events += 1;
    else count.censored += 1;
  }

  observations(): Observation[] {
    return [...this.counts].flatMap(([time, { events, censored }]) => [
      ...(events > 0 ? [{ time, event: true, weight: events }] : []),
      ...(censored > 0 ? [{ time, event: false, weight: censored }] : []),
    ]);
  }
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
  /** Every non-participant employed on a participant's start date, unweighted: the naive group. Built when first read. */
  readonly naiveComparison: IndexedRecord[];
  /** The naive group counted: its people, and its follow-up times with how many records share each. */
  naive: { people: number; retention: Observation[]; promotion: Observation[] };
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

  // Cells are (start day, stratum), kept as day → stratum → records so no key text is built per record.
  type Cells = Map<number, Map<string, IndexedRecord[]>>;
  const cellOf = (cells: Cells, day: number, stratum: string) => cells.get(day)?.get(stratum);
  const addTo = (cells: Cells, r: IndexedRecord) => {
    const day = r.indexDate.getTime();
    let strata = cells.get(day);
    if (!strata) {
      strata = new Map();
      cells.set(day, strata);
    }
    push(strata, r.stratum, r);
  };
  const treatedCells: Cells = new Map();
  for (const r of participants) addTo(treatedCells, r);

  // The naive group is every non-participant on every start day they were employed: millions of
  // (person, day) records at scale. Only those in a participant's cell become records; the rest are
  // counted straight into the naive group's follow-up times, which is all its survival curves need.
  const controlCells: Cells = new Map();
  const naiveRetention = new ObservationCounts();
  const naivePromotion = new ObservationCounts();
  for (const day of startDays) {
    const index = day.getTime();
    const strataThatDay = treatedCells.get(index)!;
    for (const prepared of nonParticipants) {
      const { hiredTime, exitedTime, leftAt, endAt } = prepared;
      // employedOn, on numbers: this loop runs once per person and start day.
      if ((hiredTime !== null && hiredTime > index) || (exitedTime !== null && exitedTime <= index)) continue;
      prepared.inNaive = true;
      const stayed = Math.max(0, (endAt - index) / dayMs);
      naiveRetention.add(stayed, leftAt !== null && prepared.person.exitVoluntary === true);
      let promoted: number | undefined;
      for (const time of prepared.promotions)
        if (time > index) {
          promoted = time;
          break;
        }
      if (promoted === undefined) naivePromotion.add(stayed, false);
      else naivePromotion.add(Math.max(0, (promoted - index) / dayMs), true);
      const stratum = stratumText(prepared, tenureBandAt(hiredTime, index));
      if (strataThatDay.has(stratum)) addTo(controlCells, indexRecord(prepared, day));
    }
  }
  let naiveRecords: IndexedRecord[] | null = null;

  const matchedParticipants = participants.filter((r) => cellOf(controlCells, r.indexDate.getTime(), r.stratum) !== undefined);
  const controlLists = [...controlCells.values()].flatMap((strata) => [...strata.values()]);
  const controlCount = controlLists.reduce((n, records) => n + records.length, 0);
  const comparison = controlLists.flatMap((records) => {
    const first = records[0]!;
    const treatedShare = cellOf(treatedCells, first.indexDate.getTime(), first.stratum)!.length / matchedParticipants.length;
    const controlShare = records.length / controlCount;
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
    get naiveComparison() {
      naiveRecords ??= startDays.flatMap((day) =>
        nonParticipants.filter((prepared) => employedOn(prepared.person, day)).map((prepared) => indexRecord(prepared, day)),
      );
      return naiveRecords;
    },
    naive: {
      people: nonParticipants.filter((p) => p.inNaive).length,
      retention: naiveRetention.observations(),
      promotion: naivePromotion.observations(),
    },
    strata: [...strata.values()].sort((a, b) => b.participants - a.participants || a.stratum.localeCompare(b.stratum)),
  };
}

/** For callers that count people rather than records (one person can be compared on several start dates). */
export function groupSize(records: IndexedRecord[]): number {
  return new Set(records.map((r) => r.personId)).size;
}

import "server-only";
import { db } from "@/lib/db/client";
import { organizationCurrency } from "@/lib/organization/organization-settings";
import type { PersonHistory } from "@/lib/kpi/comparison-group";

/**
 * Everything the retention, promotion and ROI estimates need, read in a few queries: the directory,
 * HR events, and when each person's participation in each programme started.
 */
export interface PersonRecord extends Omit<PersonHistory, "participationStart"> {
  /** Latest annual salary on record, if HR data holds one. */
  salary: number | null;
}

export interface OrganisationData {
  /** The end of the data: the last HR event imported, not after today. Later months are unknown. */
  asOf: Date;
  hasHrData: boolean;
  people: PersonRecord[];
  /** Programme → person → the day their participation started (their first pair, else the programme's start). */
  starts: Map<string, Map<string, Date>>;
  /** The organisation's currency: salaries and costs are in it. */
  currency: string;
}

export async function loadOrganisationData(now: Date): Promise<OrganisationData> {
  const [users, events, lastEvent, participations, currency] = await Promise.all([
    db.user.findMany({
      select: { id: true, level: true, location: true, hireDate: true, department: { select: { name: true } } },
    }),
    db.hrEvent.findMany({
      where: { kind: { in: ["EXIT", "PROMOTION", "SALARY"] }, occurredOn: { lte: now } },
      select: { userId: true, kind: true, occurredOn: true, voluntary: true, annualSalary: true },
      orderBy: { occurredOn: "asc" },
    }),
    db.hrEvent.aggregate({ _max: { occurredOn: true }, where: { occurredOn: { lte: now } } }),
    db.participation.findMany({
      where: { status: "APPROVED", program: { status: { in: ["ACTIVE", "CLOSED"] } } },
      select: {
        userId: true,
        programId: true,
        program: { select: { startDate: true } },
        mentorMatches: { where: { startedAt: { not: null } }, select: { startedAt: true } },
        menteeMatches: { where: { startedAt: { not: null } }, select: { startedAt: true } },
      },
    }),
    organizationCurrency(),
  ]);
  const exits = new Map<string, { on: Date; voluntary: boolean }>();
  const promotions = new Map<string, Date[]>();
  const salaries = new Map<string, number>();
  for (const event of events) {
    if (event.kind === "EXIT") exits.set(event.userId, { on: event.occurredOn, voluntary: event.voluntary === true });
    else if (event.kind === "PROMOTION")
      promotions.set(event.userId, [...(promotions.get(event.userId) ?? []), event.occurredOn]);
    else if (event.annualSalary !== null) salaries.set(event.userId, event.annualSalary);
  }
  const starts = new Map<string, Map<string, Date>>();
  for (const p of participations) {
    const pairStarts = [...p.mentorMatches, ...p.menteeMatches].map((m) => m.startedAt!.getTime());
    const start = pairStarts.length > 0 ? new Date(Math.min(...pairStarts)) : p.program.startDate;
    if (!start || start > now) continue;
    const day = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()));
    const program = starts.get(p.programId) ?? new Map<string, Date>();
    const earlier = program.get(p.userId);
    if (!earlier || day < earlier) program.set(p.userId, day);
    starts.set(p.programId, program);
  }
  const last = lastEvent._max.occurredOn;
  return {
    asOf: last ?? now,
    hasHrData: last !== null,
    people: users.map((u) => ({
      id: u.id,
      department: u.department?.name ?? null,
      level: u.level,
      location: u.location,
      hiredAt: u.hireDate,
      exitedAt: exits.get(u.id)?.on ?? null,
      exitVoluntary: exits.get(u.id)?.voluntary ?? null,
      promotedOn: promotions.get(u.id) ?? [],
      salary: salaries.get(u.id) ?? null,
    })),
    starts,
    currency,
  };
}

/**
 * Histories for one programme (or, with null, any programme): its participants from their start,
 * non-participants as candidates for comparison. People who took part only in other programmes are
 * left out, so they count on neither side.
 */
export function historiesFor(data: OrganisationData, programId: string | null): PersonHistory[] {
  const anyStart = new Map<string, Date>();
  for (const program of data.starts.values())
    for (const [userId, day] of program) if (!anyStart.has(userId) || day < anyStart.get(userId)!) anyStart.set(userId, day);
  const own = programId === null ? anyStart : (data.starts.get(programId) ?? new Map<string, Date>());
  return data.people
    .filter((p) => own.has(p.id) || !anyStart.has(p.id))
    .map(({ salary: _salary, ...p }) => ({ ...p, participationStart: own.get(p.id) ?? null }));
}

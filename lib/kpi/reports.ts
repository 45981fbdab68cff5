import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ProgramStatus, ProgramType } from "@/lib/db/generated/enums";
import {
  programmeHealth,
  sessionsByMonth,
  suppressSmallGroup,
  type MonthCount,
  type PairActivity,
  type ProgrammeHealth,
} from "@/lib/kpi/health";

interface ProgrammeActivity {
  id: string;
  name: string;
  type: ProgramType;
  status: ProgramStatus;
  participants: number;
  menteesApproved: number;
  pairs: PairActivity[];
}

async function loadActivity(): Promise<ProgrammeActivity[]> {
  const programs = await db.program.findMany({
    where: { status: { not: "DRAFT" } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      type: true,
      status: true,
      participants: { where: { status: "APPROVED" }, select: { userId: true, role: true } },
      matches: {
        select: {
          menteeId: true,
          status: true,
          startedAt: true,
          endedAt: true,
          sessions: { select: { occurredAt: true } },
        },
      },
    },
  });
  return programs.map((program) => ({
    id: program.id,
    name: program.name,
    type: program.type,
    status: program.status,
    participants: new Set(program.participants.map((p) => p.userId)).size,
    menteesApproved: program.participants.filter((p) => p.role === "MENTEE").length,
    pairs: program.matches.map((m) => ({ ...m, sessionDates: m.sessions.map((s) => s.occurredAt) })),
  }));
}

export interface ProgrammeHealthRow extends ProgrammeHealth {
  id: string;
  name: string;
  status: ProgramStatus;
  participants: number;
  menteesApproved: number;
}

/** For coordinators: every running programme's health, at full detail. */
export async function programmeHealthReport(actor: Actor, now = new Date()): Promise<ProgrammeHealthRow[]> {
  requirePermission(actor, "evaluation:read");
  return (await loadActivity()).map((p) => ({
    id: p.id,
    name: p.name,
    status: p.status,
    participants: p.participants,
    menteesApproved: p.menteesApproved,
    ...programmeHealth(p.menteesApproved, p.pairs, now),
  }));
}

export interface ExecutiveSummary {
  programmes: number;
  participants: number;
  activePairs: number;
  sessionsThisMonth: number;
  sessionsByMonth: MonthCount[];
  rows: {
    id: string;
    name: string;
    type: ProgramType;
    status: ProgramStatus;
    /** Null when the programme is too small to report without singling people out. */
    participants: number | null;
    matchRate: number | null;
    activePairs: number | null;
    sessionsPerPairPerMonth: number | null;
  }[];
}

/** For executives: aggregates only, with small programmes' figures withheld. */
export async function executiveSummary(actor: Actor, now = new Date()): Promise<ExecutiveSummary> {
  requirePermission(actor, "dashboard:read");
  const activity = await loadActivity();
  const allParticipants = await db.participation.findMany({
    where: { status: "APPROVED", program: { status: { not: "DRAFT" } } },
    distinct: ["userId"],
    select: { userId: true },
  });
  const sessionDates = activity.flatMap((p) => p.pairs.flatMap((pair) => pair.sessionDates));
  const months = sessionsByMonth(sessionDates, now, 6);
  const healths = activity.map((p) => programmeHealth(p.menteesApproved, p.pairs, now));
  const rows = activity.map((p, i) => {
    const health = healths[i]!;
    return {
      id: p.id,
      name: p.name,
      type: p.type,
      status: p.status,
      participants: suppressSmallGroup(p.participants, p.participants),
      matchRate: suppressSmallGroup(p.participants, health.matchRate),
      activePairs: suppressSmallGroup(p.participants, health.activePairs),
      sessionsPerPairPerMonth: suppressSmallGroup(p.participants, health.sessionsPerPairPerMonth),
    };
  });
  return {
    programmes: activity.length,
    participants: allParticipants.length,
    activePairs: healths.reduce((n, h) => n + h.activePairs, 0),
    sessionsThisMonth: months.at(-1)?.sessions ?? 0,
    sessionsByMonth: months,
    rows,
  };
}

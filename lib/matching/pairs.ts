import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ProgramStatus } from "@/lib/db/generated/enums";
import { lastSession, pairState, type PairActivity, type PairState } from "@/lib/kpi/health";

type PairActivityStatus = PairActivity["status"];

export interface PairRow {
  id: string;
  mentor: { name: string; title: string | null; department: string | null };
  mentee: { name: string; title: string | null; department: string | null };
  status: PairActivityStatus;
  state: PairState;
  score: number | null;
  sessions: number;
  lastSessionAt: Date | null;
}

export interface ProgrammePairs {
  id: string;
  name: string;
  status: ProgramStatus;
  menteesApproved: number;
  menteesUnmatched: { name: string; title: string | null }[];
  pairs: PairRow[];
}

const personSelect = { name: true, title: true, department: { select: { name: true } } } as const;

/** Every programme's pairs with their state, for the coordinator's matching view. */
export async function listProgrammePairs(actor: Actor, now = new Date()): Promise<ProgrammePairs[]> {
  requirePermission(actor, "matching:read");
  return loadProgrammePairs(now);
}

/** Pairs that have stopped meeting, oldest silence first: the coordinator's check-in list. */
export async function listAtRiskPairs(actor: Actor, now = new Date()): Promise<(PairRow & { programName: string })[]> {
  requirePermission(actor, "checkins:read");
  const programmes = await loadProgrammePairs(now);
  return programmes
    .flatMap((programme) => programme.pairs.map((pair) => ({ ...pair, programName: programme.name })))
    .filter((pair) => pair.state === "at-risk")
    .sort((a, b) => (a.lastSessionAt?.getTime() ?? 0) - (b.lastSessionAt?.getTime() ?? 0));
}

async function loadProgrammePairs(now: Date): Promise<ProgrammePairs[]> {
  const programs = await db.program.findMany({
    where: { status: { not: "DRAFT" } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      status: true,
      participants: {
        where: { status: "APPROVED", role: "MENTEE" },
        select: { id: true, user: { select: { name: true, title: true } } },
      },
      matches: {
        orderBy: [{ score: "desc" }],
        select: {
          id: true,
          menteeId: true,
          status: true,
          score: true,
          startedAt: true,
          endedAt: true,
          mentor: { select: { user: { select: personSelect } } },
          mentee: { select: { user: { select: personSelect } } },
          sessions: { select: { occurredAt: true } },
        },
      },
    },
  });
  return programs.map((program) => {
    const matched = new Set(program.matches.filter((m) => m.status !== "ENDED").map((m) => m.menteeId));
    return {
      id: program.id,
      name: program.name,
      status: program.status,
      menteesApproved: program.participants.length,
      menteesUnmatched: program.participants.filter((p) => !matched.has(p.id)).map((p) => p.user),
      pairs: program.matches.map((match) => {
        const activity = { ...match, sessionDates: match.sessions.map((s) => s.occurredAt) };
        return {
          id: match.id,
          mentor: person(match.mentor.user),
          mentee: person(match.mentee.user),
          status: match.status,
          state: pairState(activity, now),
          score: match.score,
          sessions: match.sessions.length,
          lastSessionAt: lastSession(activity),
        };
      }),
    };
  });
}

function person(user: { name: string; title: string | null; department: { name: string } | null }) {
  return { name: user.name, title: user.title, department: user.department?.name ?? null };
}

import "server-only";
import { flashRounds } from "@/lib/flash/flash-rules";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ProgramStatus } from "@/lib/db/generated/enums";
import { lastSession, pairState, type PairActivity, type PairState } from "@/lib/kpi/health";
import { holdsPlace } from "@/lib/matching/statuses";
import { menteesWaiting } from "@/lib/matching/waiting";
import { loggedOnly } from "@/lib/sessions/session-fields";
import { programsPastDraft } from "@/lib/programs/program-fields";

type PairActivityStatus = PairActivity["status"];

export interface PairRow {
  id: string;
  mentor: { name: string; title: string | null; department: string | null };
  mentee: { name: string; title: string | null; department: string | null };
  status: PairActivityStatus;
  state: PairState;
  startedAt: Date | null;
  score: number | null;
  sessions: number;
  lastSessionAt: Date | null;
  /** Flash programmes: which of its mentee's conversations this is (1 = first); null for other types. */
  flashRound: number | null;
}

export interface ProgramPairs {
  id: string;
  name: string;
  status: ProgramStatus;
  menteesApproved: number;
  menteesUnmatched: { name: string; title: string | null }[];
  pairs: PairRow[];
  /** Pairs holding a place (proposed, awaiting confirmation or active). */
  livePairs: number;
  atRiskPairs: number;
  /** Mean match score of the live pairs that have one; null when none has. */
  averageScore: number | null;
}

const personSelect = { name: true, title: true, department: { select: { name: true } } } as const;

/** Every programme's pairs with their state, for the coordinator's matching view (or one programme's, for its hub). */
export async function listProgramPairs(actor: Actor, now = new Date(), programId?: string): Promise<ProgramPairs[]> {
  requirePermission(actor, "matching:read");
  return loadProgramPairs(now, programId);
}

/** Every programme past its draft, with its approved mentees and its pairs in their current state. */
export async function loadProgramPairs(now: Date, programId?: string): Promise<ProgramPairs[]> {
  const programs = await db.program.findMany({
    ...programsPastDraft(programId),
    select: {
      id: true,
      name: true,
      status: true,
      type: true,
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
          createdAt: true,
          startedAt: true,
          endedAt: true,
          mentor: { select: { user: { select: personSelect } } },
          mentee: { select: { user: { select: personSelect } } },
          sessions: { where: loggedOnly, select: { occurredAt: true } },
        },
      },
    },
  });
  return programs.map((program) => {
    const rounds =
      program.type === "FLASH" ? flashRounds(program.matches.filter((m) => m.status !== "PROPOSED")) : new Map<string, number>();
    const pairs: PairRow[] = program.matches.map((match) => {
      const activity = { ...match, sessionDates: match.sessions.map((s) => s.occurredAt) };
      return {
        id: match.id,
        mentor: person(match.mentor.user),
        mentee: person(match.mentee.user),
        status: match.status,
        state: pairState(activity, now),
        startedAt: match.startedAt,
        score: match.score,
        sessions: match.sessions.length,
        lastSessionAt: lastSession(activity),
        flashRound: rounds.get(match.id) ?? null,
      };
    });
    const live = pairs.filter((p) => holdsPlace(p.status));
    const scores = live.flatMap((p) => (p.score === null ? [] : [p.score]));
    return {
      id: program.id,
      name: program.name,
      status: program.status,
      menteesApproved: program.participants.length,
      menteesUnmatched: menteesWaiting(program.participants, program.matches, program.type).map((p) => p.user),
      pairs,
      livePairs: live.length,
      atRiskPairs: pairs.filter((p) => p.state === "at-risk").length,
      averageScore: scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    };
  });
}

function person(user: { name: string; title: string | null; department: { name: string } | null }) {
  return { name: user.name, title: user.title, department: user.department?.name ?? null };
}

import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ProgramStatus, ProgramType } from "@/lib/db/generated/enums";
import { programHealth, type PairSummary, type ProgramHealth } from "@/lib/kpi/health";
import { loadPairSummaries } from "@/lib/kpi/pair-summaries";
import { programsPastDraft } from "@/lib/programs/program-fields";

interface ProgramActivity {
  id: string;
  name: string;
  type: ProgramType;
  status: ProgramStatus;
  participants: number;
  menteesApproved: number;
  pairs: PairSummary[];
}

async function loadActivity(now: Date, programId?: string): Promise<ProgramActivity[]> {
  const programs = await db.program.findMany({
    ...programsPastDraft(programId),
    select: {
      id: true,
      name: true,
      type: true,
      status: true,
      participants: { where: { status: "APPROVED" }, select: { userId: true, role: true } },
    },
  });
  const pairs = await loadPairSummaries(
    programs.map((p) => p.id),
    now,
  );
  return programs.map((program) => ({
    id: program.id,
    name: program.name,
    type: program.type,
    status: program.status,
    participants: new Set(program.participants.map((p) => p.userId)).size,
    menteesApproved: program.participants.filter((p) => p.role === "MENTEE").length,
    pairs: pairs.filter((pair) => pair.programId === program.id),
  }));
}

export interface ProgramHealthRow extends ProgramHealth {
  id: string;
  name: string;
  status: ProgramStatus;
  participants: number;
  menteesApproved: number;
}

/** For coordinators: every running programme's health (or one programme's), at full detail. */
export async function programHealthReport(actor: Actor, now = new Date(), programId?: string): Promise<ProgramHealthRow[]> {
  requirePermission(actor, "evaluation:read");
  return (await loadActivity(now, programId)).map((p) => ({
    id: p.id,
    name: p.name,
    status: p.status,
    participants: p.participants,
    menteesApproved: p.menteesApproved,
    ...programHealth(p.menteesApproved, p.pairs, now),
  }));
}

import type { Actor } from "@/lib/auth/permissions";
import { dayMs, hourMs } from "@/lib/dates";
import type { PrismaClient } from "@/lib/db/generated/client";
import { demoPairGoals, leadershipProgram, pairsWithoutAgreement, sessionNotes } from "@/lib/db/seed/programs";
import { createPairGoal } from "@/lib/pairs/create-pair-goal";
import { signAgreement } from "@/lib/pairs/sign-agreement";
import { updateGoalProgress } from "@/lib/pairs/update-goal-progress";
import { confirmSession } from "@/lib/sessions/confirm-session";
import { zonedParts } from "@/lib/sessions/local-time";
import { logSession } from "@/lib/sessions/log-session";
import { proposeSession } from "@/lib/sessions/propose-session";
import { respondToProposal } from "@/lib/sessions/respond-to-proposal";

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

async function actor(db: PrismaClient, userId: string): Promise<Actor & { timeZone: string }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return { id: user.id, name: user.name, email: user.email, role: user.role, timeZone: user.timeZone };
}

/**
 * The leadership programme's pairs at work, written through the same functions people use: an
 * agreement both signed, SMART goals with progress, logged sessions (confirmed by the partner
 * except the latest) and the next session booked. Each part is skipped once the pair has it, so
 * seeding twice changes nothing.
 */
export async function seedPairsAtWork(db: PrismaClient, programId: string, now: Date): Promise<void> {
  const seedStarted = new Date();
  const programGoals = await db.programGoal.findMany({ where: { programId }, orderBy: { position: "asc" } });
  for (const [index, plan] of leadershipProgram.pairs.entries()) {
    if (plan.sessionsDaysAgo.length === 0) continue;
    const match = await db.match.findUniqueOrThrow({
      where: { id: `seed-match-${index}` },
      select: {
        id: true,
        startedAt: true,
        mentor: { select: { userId: true } },
        mentee: { select: { userId: true } },
        _count: { select: { goals: true } },
        agreement: { select: { id: true } },
      },
    });
    const mentor = await actor(db, match.mentor.userId);
    const mentee = await actor(db, match.mentee.userId);
    const started = match.startedAt ?? now;

    if (!match.agreement && !pairsWithoutAgreement.includes(plan.mentee)) {
      await signAgreement(mentee, { matchId: match.id, version: 1 }, new Date(started.getTime() + 1 * dayMs));
      // One pair still waits for the mentor's signature.
      if (index !== 2) await signAgreement(mentor, { matchId: match.id, version: 1 }, new Date(started.getTime() + 2 * dayMs));
    }

    const goalIds: string[] = [];
    if (match._count.goals === 0) {
      for (const offset of [0, 1]) {
        const goal = demoPairGoals[(index + offset) % demoPairGoals.length]!;
        const programGoal = programGoals[goal.programGoal % Math.max(1, programGoals.length)];
        const due = new Date(now.getTime() + (goal.dueInDays - index * 3) * dayMs).toISOString().slice(0, 10);
        const { goalId } = await createPairGoal(
          offset === 0 ? mentee : mentor,
          {
            matchId: match.id,
            title: goal.title,
            measure: goal.measure,
            target: goal.target,
            support: goal.support,
            programGoalId: programGoal?.id ?? "",
            dueOn: due,
            milestones: goal.milestones,
          },
          now,
        );
        // The goal was agreed in the first session, not today.
        await db.pairGoal.update({ where: { id: goalId }, data: { createdAt: started } });
        await db.pairGoalUpdate.updateMany({ where: { goalId }, data: { createdAt: started } });
        goalIds.push(goalId);
      }
    }

    const logged = await db.mentoringSession.count({ where: { matchId: match.id, status: "LOGGED" } });
    if (logged === 0) {
      const dates = [...plan.sessionsDaysAgo].sort((a, b) => b - a);
      for (const [k, daysAgo] of dates.entries()) {
        const note = sessionNotes[(index + k) % sessionNotes.length]!;
        const logger = k % 2 === 0 ? mentee : mentor;
        const partner = logger === mentee ? mentor : mentee;
        const at = new Date(now.getTime() - daysAgo * dayMs);
        const start = 10 * 60 + (index % 3) * 60;
        const { sessionId } = await logSession(
          logger,
          {
            matchId: match.id,
            day: zonedParts(at, logger.timeZone).day,
            startTime: clock(start),
            endTime: clock(start + 45 + (k % 3) * 15),
            format: k % 3 === 1 ? "IN_PERSON" : "VIDEO",
            place: k % 3 === 1 ? "Office café, 2nd floor" : "https://meet.northwind.example/mentoring",
            goalIds: goalIds.length > 0 ? [goalIds[k % goalIds.length]!] : [],
            usefulness: [4, 5, 3, 5, 4, 4][(index + k) % 6]!,
            topic: note.topic,
            progress: note.progress,
            difficulties: note.difficulties,
            nextSteps: note.nextSteps,
            reflection: note.reflection,
          },
          new Date(at.getTime() + 2 * dayMs),
        );
        // The latest session waits for the partner to confirm it.
        if (k < dates.length - 1) {
          await confirmSession(partner, { sessionId, correction: "", reflection: "" }, new Date(at.getTime() + 3 * dayMs));
        }
      }
      if (goalIds[0]) {
        await updateGoalProgress(mentee, {
          goalId: goalIds[0],
          status: index % 4 === 3 ? "AT_RISK" : "ON_TRACK",
          progress: 20 + ((index * 15) % 60),
          note: "Reviewed together in our last session.",
        });
      }
    }

    const planned = await db.mentoringSession.count({
      where: { matchId: match.id, status: { in: ["PROPOSED", "SCHEDULED"] }, occurredAt: { gt: now } },
    });
    if (planned === 0 && !pairsWithoutAgreement.includes(plan.mentee)) {
      const day = zonedParts(new Date(now.getTime() + (2 + (index % 5)) * dayMs), mentee.timeZone).day;
      // Proposed a few hours to two days ago, so the mentors' times to confirm differ.
      const proposedAt = new Date(now.getTime() - (3 + ((index * 11) % 44)) * hourMs);
      const { sessionId } = await proposeSession(
        mentee,
        {
          matchId: match.id,
          day,
          startTime: "15:00",
          endTime: "16:00",
          format: "VIDEO",
          place: "https://meet.northwind.example/mentoring",
        },
        proposedAt,
      );
      // One proposal is left for the mentor to answer.
      if (index !== 1) await respondToProposal(mentor, { sessionId, accept: true }, now);
    }
  }
  // The notices these past events raised are history, not news: nobody should be e-mailed them on first start.
  await db.notification.deleteMany({
    where: { kind: { in: ["SESSION", "AGREEMENT", "GOAL"] }, createdAt: { gte: seedStarted } },
  });
}

import type { Actor } from "@/lib/auth/permissions";
import { defaultCheckInPolicy } from "@/lib/checkins/policy-defaults";
import { updateCheckInPolicy } from "@/lib/checkins/update-policy";
import { dayMs, hourMs } from "@/lib/dates";
import type { PrismaClient } from "@/lib/db/generated/client";
import { selfMatchProgram } from "@/lib/db/seed/programs";
import { notifyPausedMentors } from "@/lib/matching/notify-paused-mentors";
import { expireOverdueRequests, mentorSuggestions, requestMentors, respondToRequest } from "@/lib/matching/self-match";

/**
 * Demo requests in the Cross-Team Mentoring Circle, through the functions coordinators, mentees
 * and mentors use. The circle is always open, so its coordinator pauses a mentor after one
 * unanswered request. Ana Costa asked two mentors in turn: her first choice let the deadline
 * pass, so is paused from self-match and told why; her second declined within a day. She can ask
 * again. A second run finds her requests and asks nothing.
 */
export async function seedSelfMatchRequests(db: PrismaClient, now: Date): Promise<void> {
  const program = await db.program.findUnique({ where: { slug: selfMatchProgram.slug }, select: { id: true } });
  const actorOf = async (name: string): Promise<Actor | null> =>
    db.user.findFirst({ where: { name }, select: { id: true, name: true, email: true, role: true } });
  const [coordinator, ana] = [await actorOf("Rosa Delgado"), await actorOf("Ana Costa")];
  if (!program || !coordinator || !ana) return;
  if ((await db.matchRequest.count({ where: { programId: program.id, mentee: { userId: ana.id } } })) > 0) return;

  const started = new Date();
  const at = (daysAgo: number, hours = 0) => new Date(now.getTime() - daysAgo * dayMs + hours * hourMs);
  await updateCheckInPolicy(coordinator, { programId: program.id, ...defaultCheckInPolicy, unansweredRequestLimit: 1 });
  // Her two best fits after the mentors Lena Fischer's journey chooses from, so that journey keeps its choices.
  const forLena = await lenaChoices(db, program.id, at(12));
  const choices = (await mentorSuggestions(ana, program.id, at(12))).suggestions
    .map((s) => s.mentorId)
    .filter((id) => !forLena.includes(id))
    .slice(0, 2);
  if (choices.length < 2) return;

  await requestMentors(
    ana,
    { programId: program.id, mentorIds: choices, message: "I would like help planning my first cross-team project." },
    at(12),
  );
  // The first choice's deadline passes unanswered and the request moves on to the second.
  await expireOverdueRequests(at(7, 2));
  const passedOn = await db.matchRequest.findFirst({
    where: { programId: program.id, mentorId: choices[1], status: "PENDING" },
    select: { id: true, mentor: { select: { user: { select: { id: true, name: true, email: true, role: true } } } } },
  });
  if (passedOn) await respondToRequest(passedOn.mentor.user, { requestId: passedOn.id, accept: false }, at(6, 4));
  // The requests and the answer are history, not news: nobody should be e-mailed them on first start.
  await db.notification.deleteMany({ where: { kind: { in: ["MATCH_REQUEST", "GENERAL"] }, createdAt: { gte: started } } });
  await notifyPausedMentors(now);
}

async function lenaChoices(db: PrismaClient, programId: string, now: Date): Promise<string[]> {
  const lena = await db.user.findFirst({
    where: { name: "Lena Fischer" },
    select: { id: true, name: true, email: true, role: true },
  });
  return lena ? (await mentorSuggestions(lena, programId, now)).suggestions.map((s) => s.mentorId) : [];
}

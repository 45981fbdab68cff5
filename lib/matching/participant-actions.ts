import type { z } from "zod";
import { can, requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { lockProgramme } from "@/lib/matching/programme-lock";
import type { confirmMatchSchema, flagMatchSchema } from "@/lib/matching/schemas";
import { notify } from "@/lib/notifications/notify";

const sides = { select: { userId: true, user: { select: { name: true } } } } as const;

async function matchOfMine(actor: Actor, matchId: string) {
  const match = await db.match.findUnique({
    where: { id: matchId },
    select: { id: true, programId: true, status: true, menteeId: true, mentorId: true, mentorConfirmedAt: true, menteeConfirmedAt: true, program: { select: { name: true, createdById: true } }, mentor: sides, mentee: sides },
  });
  if (!match || (match.mentor.userId !== actor.id && match.mentee.userId !== actor.id)) throw new AppError("NOT_FOUND", "That pairing is not yours.");
  return match;
}

/** Hybrid programmes: each side accepts or declines the matcher's proposal. */
export async function confirmMatch(actor: Actor, input: z.output<typeof confirmMatchSchema>, now = new Date()): Promise<{ status: string }> {
  requirePermission(actor, "own-mentoring:write");
  const match = await matchOfMine(actor, input.matchId);
  if (match.status !== "AWAITING_CONFIRMATION") throw new AppError("CONFLICT", "This pairing is no longer waiting for confirmation.");
  const iAmMentor = match.mentor.userId === actor.id;
  const other = iAmMentor ? match.mentee : match.mentor;
  return db.$transaction(async (tx) => {
    await lockProgramme(tx, match.programId);
    if (!input.accept) {
      await tx.match.update({ where: { id: match.id }, data: { status: "ENDED", endedAt: now, endReason: `Declined by the ${iAmMentor ? "mentor" : "mentee"}` } });
      const key = { programId: match.programId, menteeId: match.menteeId, mentorId: match.mentorId };
      await tx.matchConstraint.upsert({ where: { programId_menteeId_mentorId: key }, create: { ...key, kind: "FORBID" }, update: { kind: "FORBID" } });
      await notify(tx, [{ userId: other.userId, subject: "A proposed pairing did not go ahead", body: `${match.program.name}: your coordinator will propose someone else.`, link: "/me/mentoring" }]);
      return { status: "ENDED" };
    }
    const data = iAmMentor ? { mentorConfirmedAt: now } : { menteeConfirmedAt: now };
    const bothConfirmed = (iAmMentor ? match.menteeConfirmedAt : match.mentorConfirmedAt) !== null;
    await tx.match.update({ where: { id: match.id }, data: bothConfirmed ? { ...data, status: "ACTIVE", startedAt: now } : data });
    if (bothConfirmed) {
      await notify(tx, [{ userId: other.userId, subject: `${actor.name} confirmed: your pairing has started`, body: `${match.program.name}: arrange your first session.`, link: "/me/mentoring" }]);
    }
    return { status: bothConfirmed ? "ACTIVE" : "AWAITING_CONFIRMATION" };
  });
}

/** Either person (or a coordinator) flags a poor fit; the coordinator decides whether to re-pair. */
export async function flagMatch(actor: Actor, input: z.output<typeof flagMatchSchema>, now = new Date()): Promise<void> {
  requirePermission(actor, "own-mentoring:write");
  const match = can(actor, "matching:write")
    ? await db.match.findUnique({ where: { id: input.matchId }, select: { id: true, status: true, program: { select: { name: true, createdById: true } } } })
    : await matchOfMine(actor, input.matchId);
  if (!match || match.status !== "ACTIVE") throw new AppError("CONFLICT", "Only a running pairing can be flagged.");
  await db.$transaction(async (tx) => {
    await tx.match.update({ where: { id: match.id }, data: { flaggedAt: now, flagReason: input.reason } });
    if (match.program.createdById) {
      await notify(tx, [{ userId: match.program.createdById, subject: `A pairing in ${match.program.name} was flagged`, body: input.reason, link: "/matching" }]);
    }
  });
}

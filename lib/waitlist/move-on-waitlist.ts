import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { queuedTransaction } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";
import { lockProgram } from "@/lib/matching/program-lock";
import { waitingList } from "@/lib/waitlist/offer-freed-places";
import { moveTo } from "@/lib/waitlist/places";
import type { MoveOnWaitlistInput } from "@/lib/waitlist/schemas";

/**
 * The coordinator moves one waiting person to a place on their role's list. Under the programme
 * lock the whole list's positions are rewritten: first cleared, then set 1..n in one statement, so
 * parallel moves apply one after another and the database's unique (programme, role, position)
 * never sees a duplicate or a gap. Moving someone to where they already are changes nothing.
 */
export async function moveOnWaitlist(actor: Actor, input: MoveOnWaitlistInput, now = new Date()): Promise<{ order: string[] }> {
  requirePermission(actor, "programs:write");
  const participation = await db.participation.findUnique({
    where: { id: input.participationId },
    select: { programId: true, role: true, user: { select: { name: true } } },
  });
  if (!participation) throw new AppError("NOT_FOUND", "That person is no longer on the waiting list. Reload the page.");
  const { programId, role } = participation;
  return db.$transaction(async (tx) => {
    await lockProgram(tx, programId);
    const list = (await waitingList(tx, programId))(role);
    if (!list.some((p) => p.id === input.participationId)) {
      throw new AppError("CONFLICT", "That person is no longer on the waiting list. Reload the page.");
    }
    const order = moveTo(list, input.participationId, input.position).map((p) => p.id);
    const unchanged = list.every((p, k) => p.id === order[k] && p.waitlistPosition === k + 1);
    if (unchanged) return { order };
    await tx.participation.updateMany({
      where: { programId, role, waitlistPosition: { not: null } },
      data: { waitlistPosition: null },
    });
    await tx.$executeRaw`
      UPDATE "Participation" AS p SET "waitlistPosition" = o.position
      FROM unnest(${order}::text[]) WITH ORDINALITY AS o(id, position)
      WHERE p.id = o.id`;
    await recordAudit(
      tx,
      actor,
      {
        action: "waitlist.reordered",
        target: { type: "Participation", id: input.participationId },
        summary: `Moved ${participation.user.name} to place ${order.indexOf(input.participationId) + 1} on the waiting list`,
      },
      now,
    );
    return { order };
  }, queuedTransaction);
}

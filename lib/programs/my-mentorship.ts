import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

/** The actor's own place as a mentor in a programme, with the fields asked for; anyone else's is NOT_FOUND. */
export async function findMyMentorship<Select extends Prisma.ParticipationSelect>(
  actor: Actor,
  participationId: string,
  select: Select,
): Promise<Prisma.ParticipationGetPayload<{ select: Select }>> {
  const participation = await db.participation.findFirst({
    where: { id: participationId, userId: actor.id, role: "MENTOR" },
    select,
  });
  if (!participation) throw new AppError("NOT_FOUND", "You are not a mentor in that programme.");
  return participation;
}

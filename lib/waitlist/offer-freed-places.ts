import "server-only";
import { addDays } from "date-fns";
import type { Prisma } from "@/lib/db/generated/client";
import type { ParticipantRole } from "@/lib/db/generated/enums";
import { mentorPlaces } from "@/lib/groups/group-size";
import { lockProgram } from "@/lib/matching/program-lock";
import { notify } from "@/lib/notifications/notify";
import { inScope } from "@/lib/programs/enrolment";
import { roleLabel } from "@/lib/programs/type-templates";
import { freePlaces, offerDays, waitlistOrder } from "@/lib/waitlist/places";

/** Everyone waiting in a programme, per role, in the order places are offered. */
export async function waitingList(tx: Prisma.TransactionClient, programId: string) {
  const waiting = await tx.participation.findMany({
    where: { programId, status: "WAITLISTED" },
    select: {
      id: true,
      role: true,
      userId: true,
      decidedAt: true,
      appliedAt: true,
      waitlistPosition: true,
      user: { select: { name: true, departmentId: true, location: true } },
      waitlistOffers: { select: { status: true, respondBy: true, id: true } },
    },
  });
  const withLapses = waiting.map((p) => ({
    ...p,
    lapsedOffers: p.waitlistOffers.filter((o) => o.status === "LAPSED").length,
    pendingOffer: p.waitlistOffers.find((o) => o.status === "PENDING") ?? null,
  }));
  return (role: ParticipantRole) => waitlistOrder(withLapses.filter((p) => p.role === role));
}

/**
 * Offers each free place to the first fitting person on the waiting list (in the programme's
 * scope, no open offer already), with a deadline. Runs under the programme's row lock, so two
 * places freeing at once never offer one place twice. Returns the offers made.
 */
export async function offerFreedPlaces(tx: Prisma.TransactionClient, programId: string, now: Date): Promise<number> {
  await lockProgram(tx, programId);
  const program = await tx.program.findUniqueOrThrow({
    where: { id: programId },
    select: {
      name: true,
      slug: true,
      type: true,
      status: true,
      maxGroupSize: true,
      targetMentees: true,
      targetMentors: true,
      scopeDepartmentIds: true,
      scopeLocations: true,
    },
  });
  if (program.status === "CLOSED" || program.status === "DRAFT") return 0;
  const approved = await tx.participation.findMany({
    where: { programId, status: "APPROVED" },
    select: {
      role: true,
      capacity: true,
      menteeMatches: { select: { status: true } },
    },
  });
  const mentors = approved.filter((p) => p.role === "MENTOR");
  const pending = await tx.waitlistOffer.findMany({
    where: { programId, status: "PENDING" },
    select: { participation: { select: { role: true } } },
  });
  const free = freePlaces({
    targetMentees: program.targetMentees,
    targetMentors: program.targetMentors,
    // A mentee whose pair completed (and has no live one) no longer holds a place, except in
    // flash programmes, where they go back into the pool for the next round.
    menteesHoldingPlaces: approved.filter(
      (p) =>
        p.role === "MENTEE" &&
        (program.type === "FLASH" ||
          !(
            p.menteeMatches.some((m) => m.status === "COMPLETED") &&
            !p.menteeMatches.some((m) => m.status === "ACTIVE" || m.status === "AWAITING_CONFIRMATION")
          )),
    ).length,
    approvedMentors: mentors.length,
    mentorPlaces: mentors.reduce((sum, m) => sum + mentorPlaces(program, m.capacity), 0),
    pendingOffers: {
      MENTEE: pending.filter((o) => o.participation.role === "MENTEE").length,
      MENTOR: pending.filter((o) => o.participation.role === "MENTOR").length,
    },
  });
  const list = await waitingList(tx, programId);
  let made = 0;
  for (const role of ["MENTEE", "MENTOR"] as const) {
    const candidates = list(role).filter((p) => p.pendingOffer === null && inScope(program, p.user));
    for (const person of candidates.slice(0, free[role])) {
      const respondBy = addDays(now, offerDays);
      const offer = await tx.waitlistOffer.create({
        data: { programId, participationId: person.id, offeredAt: now, respondBy },
        select: { id: true },
      });
      await notify(tx, [
        {
          userId: person.userId,
          subject: `A place is free for you in ${program.name}`,
          body: `A ${roleLabel(program.type, role).toLowerCase()} place has opened and you are next on the waiting list. Accept it within ${offerDays} days, or it passes to the next person.`,
          link: `/enrol/${program.slug}`,
          dedupeKey: `waitlist-offer:${offer.id}`,
        },
      ]);
      made += 1;
    }
  }
  return made;
}

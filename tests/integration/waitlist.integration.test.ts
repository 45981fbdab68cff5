import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import { enqueueJobs } from "@/lib/jobs/enqueue-job";
import { jobHandlers } from "@/lib/jobs/registry";
import { createJobRunner } from "@/lib/jobs/runner";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { changeMentorCapacity } from "@/lib/waitlist/change-mentor-capacity";
import { lapseOverdueOffers } from "@/lib/waitlist/lapse-overdue-offers";
import { myWaitlist } from "@/lib/waitlist/my-waitlist";
import { respondToOffer } from "@/lib/waitlist/respond-to-offer";
import { withdrawFromProgram } from "@/lib/waitlist/withdraw-from-program";
import { createActor } from "../factories";

const start = new Date("2027-02-01T09:00:00Z");

async function join(
  programId: string,
  actor: Actor,
  status: "APPROVED" | "WAITLISTED",
  decidedAt: Date,
  role: "MENTEE" | "MENTOR" = "MENTEE",
) {
  return db.participation.create({
    data: { programId, userId: actor.id, role, status, decidedAt, appliedAt: start, capacity: 1 },
  });
}

async function fullProgramme(targetMentees: number | null = 1) {
  const coordinator = await createActor("COORDINATOR");
  const program = await db.program.create({
    data: { slug: `full-${Date.now()}`, name: "Full House", status: "ENROLMENT", targetMentees, createdById: coordinator.id },
  });
  const [holder, first, second] = [await createActor("EMPLOYEE"), await createActor("EMPLOYEE"), await createActor("EMPLOYEE")];
  const held = await join(program.id, holder, "APPROVED", start);
  // Waitlisted in this order by decision time, whatever order the rows were written in.
  await join(program.id, second, "WAITLISTED", addDays(start, 2));
  await join(program.id, first, "WAITLISTED", addDays(start, 1));
  return { program, coordinator, holder, held, first, second };
}

describe("waiting lists that move", () => {
  it("shows each person their own position, offers a freed place to the first in line, and moves on when it lapses", async () => {
    const { program, holder, held, first, second } = await fullProgramme();
    expect(await myWaitlist(first, start)).toEqual([
      { participationId: expect.any(String), programId: program.id, position: 1, waiting: 2, offer: null },
    ]);
    expect((await myWaitlist(second, start))[0]).toMatchObject({ position: 2, waiting: 2 });
    // Only the person's own standing leaves the server.
    expect(JSON.stringify(await myWaitlist(second, start))).not.toContain(first.id);

    const freed = addDays(start, 5);
    await withdrawFromProgram(holder, { participationId: held.id }, freed);
    const offered = (await myWaitlist(first, freed))[0]!;
    expect(offered).toMatchObject({ position: null, offer: { respondBy: addDays(freed, 3) } });
    expect(await db.notification.count({ where: { userId: first.id, subject: "A place is free for you in Full House" } })).toBe(
      1,
    );
    expect((await myWaitlist(second, freed))[0]).toMatchObject({ position: 1, waiting: 1, offer: null });

    // Three days pass without an answer: the background job lapses the offer, with no page loaded,
    // and the next person gets it.
    const later = addDays(freed, 3);
    await enqueueJobs([
      { name: "waitlist.lapse-offers", runAt: later },
      { name: "waitlist.lapse-offers", runAt: later },
    ]);
    const runner = createJobRunner({ handlers: jobHandlers, now: () => later });
    while ((await runner.runOnce()).claimed > 0);
    expect(await db.waitlistOffer.count({ where: { id: offered.offer!.id, status: "LAPSED" } })).toBe(1);
    expect(await lapseOverdueOffers(later)).toBe(0);
    await expect(respondToOffer(first, { offerId: offered.offer!.id, accept: true }, later)).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("went to the next person"),
    });
    const secondOffer = (await myWaitlist(second, later))[0]!;
    expect(secondOffer.offer).not.toBeNull();
    expect((await myWaitlist(first, later))[0]).toMatchObject({ position: 1, waiting: 1 });

    await respondToOffer(second, { offerId: secondOffer.offer!.id, accept: true }, later);
    expect(await db.participation.findFirst({ where: { userId: second.id } })).toMatchObject({ status: "APPROVED" });
    expect(await myWaitlist(second, later)).toEqual([]);
    // The place is taken: nobody else is offered one.
    expect(await db.waitlistOffer.count({ where: { status: "PENDING" } })).toBe(0);
  });

  it("passes a turned-down place straight to the next person, and frees places when a mentor takes on more", async () => {
    const { program, holder, held, first, second } = await fullProgramme(null);
    const mentor = await createActor("EMPLOYEE");
    const mentorRow = await join(program.id, mentor, "APPROVED", start, "MENTOR");
    // No target: the one mentor place decides. The holder leaving frees it.
    await withdrawFromProgram(holder, { participationId: held.id }, start);
    const offer = (await myWaitlist(first, start))[0]!.offer!;
    await respondToOffer(first, { offerId: offer.id, accept: false }, start);
    expect(await db.participation.findFirst({ where: { userId: first.id } })).toMatchObject({ status: "WITHDRAWN" });
    const next = (await myWaitlist(second, start))[0]!;
    expect(next.offer).not.toBeNull();
    await respondToOffer(second, { offerId: next.offer!.id, accept: true }, start);

    const third = await createActor("EMPLOYEE");
    await join(program.id, third, "WAITLISTED", start);
    expect((await myWaitlist(third, start))[0]).toMatchObject({ position: 1, offer: null });
    expect(await changeMentorCapacity(mentor, { participationId: mentorRow.id, capacity: 2 }, start)).toEqual({ offered: 1 });
    expect((await myWaitlist(third, start))[0]!.offer).not.toBeNull();
  });

  it("takes a place once under 20 identical answers, and offers one freed place once under 20 withdrawals", async () => {
    const { holder, held, first } = await fullProgramme();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => withdrawFromProgram(holder, { participationId: held.id }, start)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.waitlistOffer.count()).toBe(1);
    const offer = (await myWaitlist(first, start))[0]!.offer!;
    const answers = await Promise.allSettled(
      Array.from({ length: 20 }, () => respondToOffer(first, { offerId: offer.id, accept: true }, start)),
    );
    expect(answers.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of answers.filter((r) => r.status === "rejected"))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
  });
});

import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { moveOnWaitlist } from "@/lib/waitlist/move-on-waitlist";
import { myWaitlist } from "@/lib/waitlist/my-waitlist";
import { programWaitlist } from "@/lib/waitlist/program-waitlist";
import { withdrawFromProgram } from "@/lib/waitlist/withdraw-from-program";
import { createActor } from "../factories";

const start = new Date("2027-02-01T09:00:00Z");

async function programmeWithWaitingList(waiting: number) {
  const coordinator = await createActor("COORDINATOR");
  const program = await db.program.create({
    data: {
      slug: `order-${crypto.randomUUID().slice(0, 8)}`,
      name: "Ordered House",
      status: "ENROLMENT",
      targetMentees: 1,
      createdById: coordinator.id,
    },
  });
  const holder = await createActor("EMPLOYEE");
  const held = await db.participation.create({
    data: { programId: program.id, userId: holder.id, role: "MENTEE", status: "APPROVED", decidedAt: start, appliedAt: start },
  });
  const people: { actor: Actor; id: string }[] = [];
  for (let k = 0; k < waiting; k += 1) {
    const actor = await createActor("EMPLOYEE");
    const p = await db.participation.create({
      data: {
        programId: program.id,
        userId: actor.id,
        role: "MENTEE",
        status: "WAITLISTED",
        decidedAt: addDays(start, k + 1),
        appliedAt: start,
      },
    });
    people.push({ actor, id: p.id });
  }
  return { program, coordinator, holder, held, people };
}

const positions = async (programId: string) =>
  (
    await db.participation.findMany({
      where: { programId, status: "WAITLISTED", waitlistPosition: { not: null } },
      orderBy: { waitlistPosition: "asc" },
      select: { waitlistPosition: true },
    })
  ).map((p) => p.waitlistPosition);

describe("a waiting list the coordinator orders", () => {
  it("moves the last person to the top under 20 parallel identical calls, shows them place 1, and offers them the freed place", async () => {
    const { program, coordinator, holder, held, people } = await programmeWithWaitingList(4);
    const last = people.at(-1)!;
    expect((await myWaitlist(last.actor, start))[0]).toMatchObject({ position: 4, waiting: 4 });

    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => moveOnWaitlist(coordinator, { participationId: last.id, position: 1 }, start)),
    );
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await positions(program.id)).toEqual([1, 2, 3, 4]);
    const list = await programWaitlist(coordinator, program.id);
    expect(list.MENTEE.map((r) => r.participationId)).toEqual([last.id, ...people.slice(0, 3).map((p) => p.id)]);
    expect((await myWaitlist(last.actor, start))[0]).toMatchObject({ position: 1, waiting: 4 });
    expect((await myWaitlist(people[0]!.actor, start))[0]).toMatchObject({ position: 2 });
    expect(await db.auditEvent.count({ where: { action: "waitlist.reordered", targetId: last.id } })).toBe(1);

    await withdrawFromProgram(holder, { participationId: held.id }, addDays(start, 1));
    expect((await myWaitlist(last.actor, addDays(start, 1)))[0]).toMatchObject({ position: null, offer: expect.any(Object) });
    expect((await myWaitlist(people[0]!.actor, addDays(start, 1)))[0]).toMatchObject({ position: 1, offer: null });
  });

  it("keeps one place per person under concurrent different moves, and refuses anyone not waiting", async () => {
    const { program, coordinator, held, people } = await programmeWithWaitingList(5);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, k) =>
        moveOnWaitlist(coordinator, { participationId: people[k % 5]!.id, position: ((k * 3) % 7) + 1 }, start),
      ),
    );
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await positions(program.id)).toEqual([1, 2, 3, 4, 5]);
    expect((await programWaitlist(coordinator, program.id)).MENTEE.map((r) => r.participationId).sort()).toEqual(
      people.map((p) => p.id).sort(),
    );
    await expect(moveOnWaitlist(coordinator, { participationId: held.id, position: 1 }, start)).rejects.toMatchObject({
      status: 409,
    });
    const employee = await createActor("EMPLOYEE");
    await expect(moveOnWaitlist(employee, { participationId: people[0]!.id, position: 1 }, start)).rejects.toMatchObject({
      status: 403,
    });
  });
});

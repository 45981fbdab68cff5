import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { addBudgetLine, addCommunication, addStage, removeBlueprintItem, updateResponsibilities } from "@/lib/programs/blueprint";
import { budgetLineSchema } from "@/lib/programs/blueprint-schemas";
import { addGoal, removeGoal, updateProgramDetails } from "@/lib/programs/design";
import { programDetailsSchema } from "@/lib/programs/schemas";
import { askSponsor } from "@/lib/programs/sponsor/ask-sponsor";
import { mySponsorRequest } from "@/lib/programs/sponsor/my-sponsor-request";
import { signOffProgramme } from "@/lib/programs/sponsor/sign-off-programme";
import { testSession } from "../support/mock-session";
import { createActor, createProgram, programDetailsInput } from "../factories";

// The session comes from the request cookie in production; here the test decides who is calling.
vi.mock("@/app/_server/session", () => import("../support/mock-session"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { askSponsorAction } = await import("@/app/(app)/programs/actions");
const { sayNotYetAction, signOffProgrammeAction } = await import("@/app/(app)/me/sign-off/actions");

const asked = new Date("2027-01-04T09:00:00Z");
const signed = new Date("2027-01-05T14:30:00Z");
const edited = new Date("2027-01-08T10:00:00Z");

const details = programDetailsInput({
  startDate: "2027-02-01",
  endDate: "2027-08-01",
  codeOfConduct: "Keep what is shared confidential.",
});

interface World {
  coordinator: Actor;
  sponsor: Actor;
  programId: string;
}

let world: World;

/** A programme with purpose, dates, a goal and a budget line, and an executive not yet asked. */
beforeEach(async () => {
  const coordinator = await createActor("COORDINATOR");
  const sponsor = await createActor("EXECUTIVE");
  const program = await createProgram({ createdById: coordinator.id });
  await updateProgramDetails(coordinator, programDetailsSchema.parse({ ...details, programId: program.id }), asked);
  await addGoal(coordinator, { programId: program.id, title: "More women in staff roles", objective: "Five promotions" }, asked);
  await addBudgetLine(
    coordinator,
    budgetLineSchema.parse({ programId: program.id, description: "Facilitator", category: "TRAINING", amount: "1250" }),
    asked,
  );
  world = { coordinator, sponsor, programId: program.id };
  testSession.actor = null;
});

const program = () => db.program.findUniqueOrThrow({ where: { id: world.programId } });
const inbox = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

async function signedOff(): Promise<void> {
  await askSponsor(world.coordinator, { programId: world.programId, sponsorId: world.sponsor.id }, asked);
  await signOffProgramme(world.sponsor, { programId: world.programId, comment: "Go ahead." }, signed);
}

describe("asking the sponsor", () => {
  it("stores the person, and asks them in their inbox once under 20 parallel requests", async () => {
    testSession.actor = world.coordinator;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => askSponsorAction({ programId: world.programId, sponsorId: world.sponsor.id })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await program()).toMatchObject({
      sponsorId: world.sponsor.id,
      sponsorAskedById: world.coordinator.id,
      sponsorAskedAt: expect.any(Date),
      sponsorSignedOffAt: null,
      sponsorName: null,
    });
    const messages = await inbox(world.sponsor.id);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      kind: "GENERAL",
      subject: "Please sign off Women in Engineering",
      link: `/me/sign-off/${world.programId}`,
    });
  });

  it("asking someone else clears the earlier sign-off and asks the new sponsor", async () => {
    await signedOff();
    const other = await createActor("EMPLOYEE");
    await askSponsor(world.coordinator, { programId: world.programId, sponsorId: other.id }, edited);
    expect(await program()).toMatchObject({
      sponsorId: other.id,
      sponsorAskedAt: edited,
      sponsorSignedOffAt: null,
      sponsorComment: null,
    });
    expect(await inbox(other.id)).toHaveLength(1);
  });

  it("refuses a person who has left", async () => {
    const leaver = await createActor("EXECUTIVE");
    await db.user.update({ where: { id: leaver.id }, data: { active: false } });
    testSession.actor = world.coordinator;
    expect(await askSponsorAction({ programId: world.programId, sponsorId: leaver.id })).toMatchObject({
      ok: false,
      status: 404,
      fieldErrors: { sponsorId: [expect.any(String)] },
    });
    expect((await program()).sponsorId).toBeNull();
  });
});

describe("the sponsor's sign-off", () => {
  it("is the sponsor's own: the coordinator and other people are refused and nothing is written", async () => {
    await askSponsor(world.coordinator, { programId: world.programId, sponsorId: world.sponsor.id }, asked);
    const before = { program: await program(), notifications: await db.notification.count() };
    const otherExecutive = await createActor("EXECUTIVE");
    for (const actor of [world.coordinator, await createActor("EMPLOYEE"), otherExecutive]) {
      testSession.actor = actor;
      expect(await signOffProgrammeAction({ programId: world.programId, comment: "" })).toMatchObject({ ok: false, status: 404 });
      expect(await sayNotYetAction({ programId: world.programId, comment: "Not my call." })).toMatchObject({
        ok: false,
        status: 404,
      });
      await expect(mySponsorRequest(actor, world.programId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect({ program: await program(), notifications: await db.notification.count() }).toEqual(before);
  });

  it("shows the sponsor what they sign, even an employee without the programme office's view", async () => {
    const employee = await createActor("EMPLOYEE");
    await askSponsor(world.coordinator, { programId: world.programId, sponsorId: employee.id }, asked);
    const request = await mySponsorRequest(employee, world.programId);
    expect(request).toMatchObject({
      name: "Women in Engineering",
      purpose: "Grow senior women engineers.",
      type: "ONE_TO_ONE",
      goals: [{ title: "More women in staff roles", objective: "Five promotions" }],
      budgetTotalCents: 125_000,
      state: { kind: "waiting", askedByName: world.coordinator.name },
    });
  });

  it("records one sign-off under 20 parallel calls, and tells the programme office once", async () => {
    await askSponsor(world.coordinator, { programId: world.programId, sponsorId: world.sponsor.id }, asked);
    testSession.actor = world.sponsor;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => signOffProgrammeAction({ programId: world.programId, comment: "Go ahead." })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await program()).toMatchObject({ sponsorSignedOffAt: expect.any(Date), sponsorComment: "Go ahead." });
    const told = await inbox(world.coordinator.id);
    expect(told).toHaveLength(1);
    expect(told[0]!.subject).toBe(`${world.sponsor.name} signed off Women in Engineering`);
    expect((await mySponsorRequest(world.sponsor, world.programId)).state).toMatchObject({ kind: "signed-off" });
  });

  it("'not yet' sends the comment to the programme office, who ask again after changing the programme", async () => {
    await askSponsor(world.coordinator, { programId: world.programId, sponsorId: world.sponsor.id }, asked);
    testSession.actor = world.sponsor;
    const results = await Promise.all(
      Array.from({ length: 5 }, () => sayNotYetAction({ programId: world.programId, comment: "Halve the budget first." })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.status === 409)).toBe(true);
    expect(await program()).toMatchObject({ sponsorNotYetAt: expect.any(Date), sponsorComment: "Halve the budget first." });
    const told = await inbox(world.coordinator.id);
    expect(told).toHaveLength(1);
    expect(told[0]!.subject).toBe(`${world.sponsor.name} is not ready to sign off Women in Engineering`);
    expect(told[0]!.body).toContain("Halve the budget first.");
    expect(told[0]!.link).toBe(`/programs/${world.programId}/design#sponsor`);

    await askSponsor(world.coordinator, { programId: world.programId, sponsorId: world.sponsor.id }, edited);
    expect(await program()).toMatchObject({ sponsorNotYetAt: null, sponsorComment: null, sponsorAskedAt: edited });
    expect(await inbox(world.sponsor.id)).toHaveLength(2);
  });
});

describe("editing what the sponsor signed", () => {
  const edits: [string, () => Promise<unknown>][] = [
    [
      "the purpose",
      () =>
        updateProgramDetails(
          world.coordinator,
          programDetailsSchema.parse({ ...details, programId: world.programId, purpose: "Grow senior engineers." }),
          edited,
        ),
    ],
    [
      "the type",
      () =>
        updateProgramDetails(
          world.coordinator,
          programDetailsSchema.parse({ ...details, programId: world.programId, type: "PEER" }),
          edited,
        ),
    ],
    [
      "the dates",
      () =>
        updateProgramDetails(
          world.coordinator,
          programDetailsSchema.parse({ ...details, programId: world.programId, endDate: "2027-09-01" }),
          edited,
        ),
    ],
    [
      "a new goal",
      () => addGoal(world.coordinator, { programId: world.programId, title: "Retention", objective: "Nobody leaves" }, edited),
    ],
    [
      "a removed goal",
      async () => {
        const goal = await db.programGoal.findFirstOrThrow({ where: { programId: world.programId } });
        await removeGoal(world.coordinator, { id: goal.id }, edited);
      },
    ],
    [
      "a new budget line",
      () =>
        addBudgetLine(
          world.coordinator,
          budgetLineSchema.parse({ programId: world.programId, description: "Venue", category: "EVENTS", amount: "400" }),
          edited,
        ),
    ],
    [
      "a removed budget line",
      async () => {
        const line = await db.budgetLine.findFirstOrThrow({ where: { programId: world.programId } });
        await removeBlueprintItem(world.coordinator, { kind: "budget", id: line.id }, edited);
      },
    ],
  ];

  it.each(edits)("%s clears the sign-off and asks the sponsor again, once for a burst of edits", async (_what, edit) => {
    await signedOff();
    expect(await inbox(world.sponsor.id)).toHaveLength(1);
    await edit();
    await addGoal(world.coordinator, { programId: world.programId, title: "Another goal", objective: "Met in time" }, edited);
    expect(await program()).toMatchObject({ sponsorSignedOffAt: null, sponsorComment: null, sponsorAskedAt: edited });
    const messages = await inbox(world.sponsor.id);
    expect(messages).toHaveLength(2);
    expect(messages[1]).toMatchObject({
      subject: "Women in Engineering changed: please sign it off again",
      link: `/me/sign-off/${world.programId}`,
    });
    expect((await mySponsorRequest(world.sponsor, world.programId)).state).toMatchObject({ kind: "waiting" });
  });

  it("leaves the sign-off alone when unrelated parts change", async () => {
    await signedOff();
    const before = await program();
    await updateProgramDetails(
      world.coordinator,
      programDetailsSchema.parse({ ...details, programId: world.programId, targetMentors: 20, meetingCadence: "Monthly" }),
      edited,
    );
    await addCommunication(world.coordinator, {
      programId: world.programId,
      message: "Call for mentors",
      audience: "Managers",
      channel: "EMAIL",
      plannedOn: "2027-01-10",
    });
    await addStage(world.coordinator, {
      programId: world.programId,
      activity: "Mentor training",
      startsOn: "2027-02-01",
      endsOn: "2027-02-02",
      owner: "L&D",
    });
    await updateResponsibilities(world.coordinator, {
      programId: world.programId,
      mentorResponsibilities: "Turn up.",
      menteeResponsibilities: "Bring goals.",
      coordinatorResponsibilities: "Check in.",
      resourcesNeeded: "Rooms.",
    });
    expect(await program()).toMatchObject({ sponsorSignedOffAt: before.sponsorSignedOffAt, sponsorComment: "Go ahead." });
    expect(await inbox(world.sponsor.id)).toHaveLength(1);
  });
});

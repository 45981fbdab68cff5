import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { testSession } from "../support/mock-session";
import { createActor, createUser } from "../factories";
import { blankProfileInput } from "../support/profile-input";
import { tableRows } from "../support/tables";

// The session comes from the request cookie in production; here the test decides who is calling.
vi.mock("@/app/_server/session", () => import("../support/mock-session"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { createProgramAction } = await import("@/app/(app)/programs/actions");
const { changeUserRoleAction } = await import("@/app/(app)/people/actions");
const { updateOwnProfileAction } = await import("@/app/(app)/me/profile/actions");
const { runMatchingAction, publishRunAction, setConstraintAction, saveMatchingSettingsAction } =
  await import("@/app/(app)/matching/actions");
const { seedDemoOrganisation } = await import("@/lib/db/seed/seed-demo");
const { runMatching } = await import("@/lib/matching/run-matching");
const { defaultMatchingConfig } = await import("@/lib/matching/config");

const validProgram = {
  name: "Women in Engineering",
  type: "ONE_TO_ONE",
  purpose: "Grow senior women engineers.",
  startDate: "2027-01-10",
  endDate: "2027-07-10",
};

async function snapshot() {
  return {
    ...(await tableRows("matchingRun", "match", "matchConstraint", "program", "profile")),
    users: await db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true } }),
  };
}

beforeEach(() => {
  testSession.actor = null;
});

describe("coordinator-only server actions", () => {
  it.each(["EMPLOYEE", "EXECUTIVE"] as const)("refuse a %s with 403 and change nothing", async (role) => {
    testSession.actor = await createActor(role);
    const before = await snapshot();
    expect(await createProgramAction(validProgram)).toMatchObject({ ok: false, status: 403 });
    expect(await snapshot()).toEqual(before);
  });

  it("refuse a signed-out caller with 401", async () => {
    const before = await snapshot();
    expect(await createProgramAction(validProgram)).toMatchObject({ ok: false, status: 401 });
    expect(await snapshot()).toEqual(before);
  });

  it("let a coordinator create a programme", async () => {
    testSession.actor = await createActor("COORDINATOR");
    expect(await createProgramAction(validProgram)).toMatchObject({ ok: true });
    const program = await db.program.findFirstOrThrow();
    expect(program).toMatchObject({
      name: "Women in Engineering",
      slug: "women-in-engineering",
      status: "DRAFT",
      createdById: testSession.actor.id,
    });
  });

  it("refuses a second programme of the same name with a message beside the name", async () => {
    testSession.actor = await createActor("COORDINATOR");
    await createProgramAction(validProgram);
    expect(await createProgramAction(validProgram)).toMatchObject({
      ok: false,
      status: 409,
      fieldErrors: { name: ["A programme with this name already exists."] },
    });
    expect((await db.program.findMany()).map((p) => p.slug)).toEqual(["women-in-engineering"]);
  });

  it("answers an unexpected failure with 'nothing was changed' instead of a crash", async () => {
    testSession.actor = await createActor("COORDINATOR");
    const spy = vi.spyOn(db.program, "create").mockRejectedValueOnce(new Error("connection refused"));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await createProgramAction(validProgram)).toEqual({
      ok: false,
      status: 500,
      message: "Could not save: nothing was changed. Try again in a moment.",
    });
    spy.mockRestore();
    warn.mockRestore();
    expect(await db.program.count()).toBe(0);
  });

  it.each([
    [{ ...validProgram, name: "" }, "name"],
    [{ ...validProgram, type: "MENTORING_CIRCUS" }, "type"],
    [{ ...validProgram, endDate: "2026-01-01" }, "endDate"],
    [{ ...validProgram, startDate: "10/01/2027" }, "startDate"],
    ["not an object", "form"],
  ])("reject a malformed programme (%j) at the field, writing nothing", async (input, field) => {
    testSession.actor = await createActor("COORDINATOR");
    const before = await snapshot();
    const result = await createProgramAction(input);
    expect(result).toMatchObject({ ok: false, status: 422 });
    expect(!result.ok && result.fieldErrors?.[field]?.[0]).toBeTruthy();
    expect(await snapshot()).toEqual(before);
  });
});

describe("role changes", () => {
  it.each(["COORDINATOR", "EXECUTIVE", "EMPLOYEE"] as const)("are refused to a %s", async (role) => {
    testSession.actor = await createActor(role);
    const target = await createUser();
    const before = await snapshot();
    expect(await changeUserRoleAction({ userId: target.id, role: "ADMIN" })).toMatchObject({ ok: false, status: 403 });
    expect(await snapshot()).toEqual(before);
  });

  it("are open to an administrator, except on their own account", async () => {
    testSession.actor = await createActor("ADMIN");
    const target = await createUser();
    expect(await changeUserRoleAction({ userId: target.id, role: "COORDINATOR" })).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("COORDINATOR");
    expect(await changeUserRoleAction({ userId: testSession.actor.id, role: "EMPLOYEE" })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: testSession.actor.id } })).role).toBe("ADMIN");
  });

  it("reject an unknown role", async () => {
    testSession.actor = await createActor("ADMIN");
    const target = await createUser();
    expect(await changeUserRoleAction({ userId: target.id, role: "OWNER" })).toMatchObject({ ok: false, status: 422 });
  });
});

describe("my profile", () => {
  it("saves the caller's own profile, splitting comma lists", async () => {
    testSession.actor = await createActor("EMPLOYEE");
    const result = await updateOwnProfileAction({
      headline: "Engineer",
      bio: "Curious.",
      yearsExperience: "6",
      skillsOffered: "Go, Postgres, , Go",
      skillsWanted: "Leadership",
      interests: "",
      languages: "English, German",
      goalReasons: ["PROMOTION", "NETWORK"],
      goalsText: "Lead a team within a year.",
      availability: ["MON_AM", "WED_PM"],
      learningStyle: "",
      generation: "MILLENNIAL",
      sensitiveMatchingConsent: false,
      gender: "WOMAN",
      ethnicity: "",
      diversityPreferences: ["gender"],
      meetingFormat: "VIDEO",
      sharedWithMentees: ["headline", "skillsOffered"],
      location: "Leeds",
      timeZone: "Europe/London",
    });
    expect(result).toMatchObject({ ok: true });
    expect(await db.profile.findUniqueOrThrow({ where: { userId: testSession.actor.id } })).toMatchObject({
      yearsExperience: 6,
      skillsOffered: ["Go", "Postgres"],
      interests: [],
      languages: ["English", "German"],
      goalReasons: ["PROMOTION", "NETWORK"],
      learningStyle: null,
      // No consent, so the sensitive answers are not stored.
      generation: null,
      gender: null,
      diversityPreferences: [],
      meetingFormat: "VIDEO",
      sharedWithMentees: ["headline", "skillsOffered"],
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: testSession.actor.id } })).toMatchObject({
      location: "Leeds",
      timeZone: "Europe/London",
    });
  });

  it("rejects bad years of experience at the field and keeps the old profile", async () => {
    testSession.actor = await createActor("EMPLOYEE");
    const before = await snapshot();
    const result = await updateOwnProfileAction({
      ...blankProfileInput,
      yearsExperience: "ten",
      availability: ["MON_MIDNIGHT"],
      timeZone: "Mars/Olympus",
    });
    expect(result).toMatchObject({ ok: false, status: 422 });
    expect(!result.ok && result.fieldErrors?.yearsExperience).toEqual(["Enter years of experience as a whole number."]);
    expect(!result.ok && result.fieldErrors?.["availability.0"]).toEqual(["Choose times from the grid."]);
    expect(!result.ok && result.fieldErrors?.timeZone).toEqual([
      "Use a time zone name such as Europe/London or America/New_York.",
    ]);
    expect(await snapshot()).toEqual(before);
  });
});

describe("matching actions", () => {
  async function draft() {
    await seedDemoOrganisation(db);
    const program = await db.program.findUniqueOrThrow({ where: { slug: "spring-mentoring-cohort-2027" } });
    const run = await runMatching(await createActor("COORDINATOR"), { programId: program.id });
    const proposal = await db.match.findFirstOrThrow({ where: { runId: run.runId } });
    return { program, run, proposal };
  }

  it.each(["EMPLOYEE", "EXECUTIVE"] as const)("refuse a %s with 403 and change nothing", async (role) => {
    const { program, run, proposal } = await draft();
    testSession.actor = await createActor(role);
    const before = await snapshot();
    expect(await runMatchingAction({ programId: program.id })).toMatchObject({ ok: false, status: 403 });
    expect(await publishRunAction({ runId: run.runId })).toMatchObject({ ok: false, status: 403 });
    expect(
      await setConstraintAction({
        programId: program.id,
        menteeId: proposal.menteeId,
        mentorId: proposal.mentorId,
        kind: "LOCK",
      }),
    ).toMatchObject({ ok: false, status: 403 });
    const settings = {
      programId: program.id,
      mode: "ADMIN",
      config: defaultMatchingConfig,
      selfMatchRequestLimit: 3,
      selfMatchResponseDays: 5,
    };
    expect(await saveMatchingSettingsAction(settings)).toMatchObject({ ok: false, status: 403 });
    expect(await snapshot()).toEqual(before);
  });

  it("reject out-of-range weights at the field", async () => {
    const { program } = await draft();
    testSession.actor = await createActor("COORDINATOR");
    const before = await snapshot();
    const result = await saveMatchingSettingsAction({
      programId: program.id,
      mode: "ADMIN",
      config: { ...defaultMatchingConfig, weights: { ...defaultMatchingConfig.weights, skills: 9 } },
      selfMatchRequestLimit: 3,
      selfMatchResponseDays: 5,
    });
    expect(result).toMatchObject({ ok: false, status: 422 });
    expect(!result.ok && result.fieldErrors?.["config.weights.skills"]).toEqual(["Choose off, low, normal, high or very high."]);
    expect(await snapshot()).toEqual(before);
  });
});

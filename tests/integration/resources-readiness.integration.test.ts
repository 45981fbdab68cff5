import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { testSession } from "../support/mock-session";
import { createActor } from "../factories";
import { qualities } from "@/lib/readiness/qualities";
import { blankResourceFields } from "@/lib/resources/schemas";

vi.mock("@/app/_server/session", () => import("../support/mock-session"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { addResourceAction, removeResourceAction } = await import("@/app/(app)/resources/actions");
const { setResourceCompletionAction, submitReadinessAction } = await import("@/app/(app)/me/learning/actions");
const { refreshReadinessForUser } = await import("@/lib/readiness/readiness");

const guide = {
  ...blankResourceFields,
  title: "Mentoring handbook",
  audience: "MENTOR",
  url: "https://intranet.example/handbook",
  requiredForReadiness: true,
  file: null,
};
// A complete self-assessment: every quality rated 4 of 5.
const ratings = Object.fromEntries(qualities.map((quality) => [quality, 4]));

async function mentorInProgram() {
  const mentor = await createActor("EMPLOYEE");
  const program = await db.program.create({ data: { slug: `p-${Date.now()}`, name: "Pilot", status: "ENROLMENT" } });
  const participation = await db.participation.create({
    data: { programId: program.id, userId: mentor.id, role: "MENTOR", status: "APPROVED", capacity: 2 },
  });
  return { mentor, program, participation };
}

describe("resource library", () => {
  it.each(["EMPLOYEE", "EXECUTIVE"] as const)("is managed by coordinators only: a %s gets 403", async (role) => {
    testSession.actor = await createActor(role);
    expect(await addResourceAction(guide)).toMatchObject({ ok: false, status: 403 });
    expect(await db.resource.count()).toBe(0);
  });

  it.each([
    [{ url: "" }, "url", "Give either a link or a file."],
    [{ url: "javascript:alert(1)" }, "url", "Use a web address starting with https://."],
    [{ audience: "MENTEE" }, "requiredForReadiness", "Readiness is for mentors; make it for mentors or everyone."],
    [
      { file: { name: "big.pdf", type: "application/pdf", size: 6 * 1024 * 1024, base64: "" }, url: "" },
      "file.size",
      "Upload files of 5 MB or less; link to bigger ones.",
    ],
  ])("rejects a bad resource (%j) at the field", async (change, field, message) => {
    testSession.actor = await createActor("COORDINATOR");
    const result = await addResourceAction({ ...guide, ...change });
    expect(result).toMatchObject({ ok: false, status: 422 });
    expect(!result.ok && result.fieldErrors?.[field]).toEqual([message]);
    expect(await db.resource.count()).toBe(0);
  });

  it("stores an uploaded file", async () => {
    testSession.actor = await createActor("COORDINATOR");
    const base64 = Buffer.from("Session agenda template").toString("base64");
    expect(
      await addResourceAction({
        ...guide,
        url: "",
        requiredForReadiness: false,
        file: { name: "agenda.txt", type: "text/html", size: 23, base64 },
      }),
    ).toMatchObject({ ok: true });
    const stored = await db.resource.findFirstOrThrow();
    expect(Buffer.from(stored.fileData!).toString()).toBe("Session agenda template");
    expect(stored.fileType).toBe("text/plain; charset=utf-8");
    expect(await removeResourceAction({ id: stored.id })).toMatchObject({ ok: true });
    expect(await db.resource.count()).toBe(0);
  });
});

describe("mentor readiness", () => {
  it("needs the self-assessment and every required item, and follows changes either way", async () => {
    const { mentor, participation } = await mentorInProgram();
    testSession.actor = await createActor("COORDINATOR");
    await addResourceAction(guide);
    const resource = await db.resource.findFirstOrThrow();

    testSession.actor = mentor;
    expect(await submitReadinessAction({ participationId: participation.id, ratings, reflection: "Keen." })).toMatchObject({
      ok: true,
      message: expect.stringMatching(/Complete the required training/),
    });
    expect((await db.participation.findUniqueOrThrow({ where: { id: participation.id } })).readinessCompletedAt).toBeNull();

    expect(await setResourceCompletionAction({ id: resource.id, completed: true })).toMatchObject({ ok: true });
    expect((await db.participation.findUniqueOrThrow({ where: { id: participation.id } })).readinessCompletedAt).toBeInstanceOf(
      Date,
    );

    // A new required item makes the mentor not ready again until they complete it.
    testSession.actor = await createActor("COORDINATOR");
    await addResourceAction({ ...guide, title: "Safeguarding basics" });
    expect((await db.participation.findUniqueOrThrow({ where: { id: participation.id } })).readinessCompletedAt).toBeNull();
  });

  it("rejects an incomplete self-assessment, and another person's", async () => {
    const { participation } = await mentorInProgram();
    testSession.actor = await createActor("EMPLOYEE");
    expect(await submitReadinessAction({ participationId: participation.id, ratings, reflection: "" })).toMatchObject({
      ok: false,
      status: 404,
    });
    const result = await submitReadinessAction({
      participationId: participation.id,
      ratings: { ...ratings, patience: 7 },
      reflection: "",
    });
    expect(!result.ok && result.fieldErrors?.["ratings.patience"]).toEqual(["Rate from 1 to 5."]);
    expect(await db.readinessCheck.count()).toBe(0);
  });

  it("never counts an empty self-assessment as ready", async () => {
    const { mentor, participation } = await mentorInProgram();
    testSession.actor = mentor;
    const nothingRated = Object.fromEntries(Object.keys(ratings).map((q) => [q, null]));
    const result = await submitReadinessAction({ participationId: participation.id, ratings: nothingRated, reflection: "" });
    expect(!result.ok && result.fieldErrors?.["ratings.patience"]).toEqual(["Rate every quality from 1 to 5."]);
    expect(await db.readinessCheck.count()).toBe(0);

    // An assessment stored without ratings (as older versions allowed) does not make the mentor ready either.
    await db.readinessCheck.create({ data: { participationId: participation.id, ratings: {}, reflection: "" } });
    await refreshReadinessForUser(mentor.id);
    expect((await db.participation.findUniqueOrThrow({ where: { id: participation.id } })).readinessCompletedAt).toBeNull();
  });
});

import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { seedDemoOrganisation } from "@/lib/db/seed/seed-demo";
import { selfMatchProgram, springCohort } from "@/lib/db/seed/programs";
import { demoEmail } from "@/lib/db/seed/org-chart";
import { testSession } from "../support/mock-session";
import { actorOfParticipation, createActor, createUser } from "../factories";

// Every state-changing action, called 20 times at once with identical input, as a double-clicking
// person or a retrying proxy would. Meaningful on PostgreSQL (TEST_DATABASE_URL), where the calls
// really run in parallel on separate connections; on the embedded database they queue.
vi.mock("@/app/_server/session", () => import("../support/mock-session"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const programs = await import("@/app/(app)/programs/actions");
const enrol = await import("@/app/(app)/enrol/actions");
const matching = await import("@/app/(app)/matching/actions");
const skills = await import("@/app/(app)/skills/actions");
const mentoring = await import("@/app/(app)/me/mentoring/actions");
const people = await import("@/app/(app)/people/actions");
const { runMatching } = await import("@/lib/matching/run-matching");
const { mentorSuggestions, requestMentors } = await import("@/lib/matching/self-match");

const parallel = 20;
const figures: { action: string; tried: number; ok: number; refused: number; failed: number }[] = [];

/** Fires the same call `parallel` times at once; no call may throw or answer 500. */
async function burst(action: string, call: () => Promise<ActionResult>) {
  const settled = await Promise.allSettled(Array.from({ length: parallel }, call));
  const results = settled.map((s) =>
    s.status === "fulfilled" ? s.value : { ok: false, status: 599, message: String(s.reason) },
  );
  const row = {
    action,
    tried: results.length,
    ok: results.filter((r) => r.ok).length,
    refused: results.filter((r) => !r.ok && r.status < 500).length,
    failed: results.filter((r) => !r.ok && r.status >= 500).length,
  };
  figures.push(row);
  expect(results.filter((r) => !r.ok && r.status >= 500)).toEqual([]);
  return row;
}

async function actorFor(name: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { email: demoEmail(name) } });
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

async function openProgram(createdById: string) {
  return db.program.create({
    data: { slug: `open-${crypto.randomUUID()}`, name: "Open Circle", status: "ENROLMENT", createdById },
  });
}

beforeEach(() => {
  testSession.actor = null;
});

afterAll(() => {
  console.info(
    `20 parallel identical calls per action (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "embedded PGlite"}):\n` +
      figures.map((f) => `  ${f.action}: tried ${f.tried}, ok ${f.ok}, refused ${f.refused}, 5xx ${f.failed}`).join("\n"),
  );
});

describe("20 parallel identical calls", () => {
  it("create a programme once", async () => {
    testSession.actor = await createActor("COORDINATOR");
    const row = await burst("create programme", () =>
      programs.createProgramAction({ name: "Women in Engineering", type: "ONE_TO_ONE", purpose: "Grow senior women engineers." }),
    );
    expect(row.ok).toBe(1);
    expect(await db.program.count()).toBe(1);
  });

  it("nominate a report once, notifying each person once", async () => {
    const manager = await createActor("EMPLOYEE");
    const coordinator = await createUser({ role: "COORDINATOR" });
    const report = await createUser();
    await db.user.update({ where: { id: report.id }, data: { managerId: manager.id } });
    const program = await openProgram(coordinator.id);
    testSession.actor = manager;
    const row = await burst("nominate", () =>
      enrol.nominateReportAction({ slug: program.slug, nomineeId: report.id, role: "MENTEE", note: "" }),
    );
    expect(row.ok).toBe(1);
    expect(await db.nomination.count()).toBe(1);
    expect(await db.notification.count()).toBe(2);
  });

  it("apply once, notifying the coordinator once", async () => {
    const coordinator = await createUser({ role: "COORDINATOR" });
    const program = await openProgram(coordinator.id);
    testSession.actor = await createActor("EMPLOYEE");
    const row = await burst("apply", () =>
      enrol.applyToProgramAction({ slug: program.slug, role: "MENTEE", capacity: 1, answers: {}, acceptCodeOfConduct: true }),
    );
    expect(row.ok).toBe(1);
    expect(await db.participation.count()).toBe(1);
    expect(await db.notification.count({ where: { userId: coordinator.id } })).toBe(1);
  });

  it("approve an application once, notifying the applicant once", async () => {
    const coordinator = await createActor("COORDINATOR");
    const applicant = await createUser();
    const program = await openProgram(coordinator.id);
    const application = await db.participation.create({
      data: { programId: program.id, userId: applicant.id, role: "MENTEE", status: "APPLIED" },
    });
    testSession.actor = coordinator;
    await burst("approve application", () =>
      programs.decideApplicationsAction({
        programId: program.id,
        participationIds: [application.id],
        decision: "APPROVED",
        note: "",
      }),
    );
    expect(await db.participation.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ status: "APPROVED" });
    expect(await db.notification.count({ where: { userId: applicant.id } })).toBe(1);
  });

  it("add a skill once", async () => {
    testSession.actor = await createActor("COORDINATOR");
    const row = await burst("add skill", () => skills.addSkillAction({ name: "Negotiation" }));
    expect(row.ok).toBe(1);
    expect(await db.skill.count()).toBe(1);
  });

  it("change a role, deactivate an account, and lift sign-in waits without errors", async () => {
    const person = await createUser();
    testSession.actor = await createActor("ADMIN");
    await burst("change role", () => people.changeUserRoleAction({ userId: person.id, role: "COORDINATOR" }));
    await burst("deactivate", () => people.setAccountActiveAction({ userId: person.id, active: false }));
    await burst("lift sign-in waits", () => people.unlockSignInAction({ userId: person.id }));
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ role: "COORDINATOR", active: false });
  });

  it("run matching into one draft, publish it once, and end a pair once", { timeout: 300_000 }, async () => {
    await seedDemoOrganisation(db);
    const program = await db.program.findUniqueOrThrow({ where: { slug: springCohort.slug } });
    const coordinator = await createActor("COORDINATOR");
    testSession.actor = coordinator;
    const notificationsBefore = await db.notification.count();

    await burst("run matching", () => matching.runMatchingAction({ programId: program.id }));
    const drafts = await db.matchingRun.findMany({ where: { programId: program.id, status: "DRAFT" } });
    expect(drafts).toHaveLength(1);
    expect(await db.match.count({ where: { status: "PROPOSED", runId: { not: drafts[0]!.id } } })).toBe(0);

    const publish = await burst("publish", () => matching.publishRunAction({ runId: drafts[0]!.id }));
    expect(publish.ok).toBe(1);
    const pairs = await db.match.count({ where: { runId: drafts[0]!.id, status: "ACTIVE" } });
    expect((await db.notification.count()) - notificationsBefore).toBe(pairs * 2);

    const pair = await db.match.findFirstOrThrow({ where: { runId: drafts[0]!.id, status: "ACTIVE" } });
    const before = await db.notification.count();
    const end = await burst("end pair", () => matching.endAndRematchAction({ matchId: pair.id, reason: "Not a good fit" }));
    expect(end.ok).toBe(1);
    expect((await db.notification.count()) - before).toBe(2);
    expect(await db.matchConstraint.count({ where: { kind: "FORBID" } })).toBe(1);
  });

  it("request mentors once, asking the first choice once", { timeout: 300_000 }, async () => {
    await seedDemoOrganisation(db);
    const program = await db.program.findUniqueOrThrow({ where: { slug: selfMatchProgram.slug } });
    const lena = await actorFor("Lena Fischer");
    const { suggestions } = await mentorSuggestions(lena, program.id);
    testSession.actor = lena;
    const before = await db.notification.count();
    const row = await burst("request mentors", () =>
      mentoring.requestMentorsAction({
        programId: program.id,
        mentorIds: suggestions.slice(0, 2).map((s) => s.mentorId),
        message: "",
      }),
    );
    expect(row.ok).toBe(1);
    expect(await db.matchRequest.count({ where: { programId: program.id, mentee: { userId: lena.id } } })).toBe(2);
    expect((await db.notification.count()) - before).toBe(1);
  });

  it(
    "answer a mentor request once: a decline passes it on once, an acceptance makes one pair",
    { timeout: 300_000 },
    async () => {
      await seedDemoOrganisation(db);
      const program = await db.program.findUniqueOrThrow({ where: { slug: selfMatchProgram.slug } });
      const lena = await actorFor("Lena Fischer");
      const { suggestions } = await mentorSuggestions(lena, program.id);
      const [first, second] = suggestions;
      const lenasRequests = { programId: program.id, mentee: { userId: lena.id } };
      await requestMentors(lena, { programId: program.id, mentorIds: [first!.mentorId, second!.mentorId], message: "" });
      const [asked, queued] = await db.matchRequest.findMany({ where: lenasRequests, orderBy: { rank: "asc" } });

      testSession.actor = await actorOfParticipation(first!.mentorId);
      const before = await db.notification.count();
      const decline = await burst("decline a mentor request", () =>
        mentoring.respondToRequestAction({ requestId: asked!.id, accept: false }),
      );
      expect(decline.ok).toBe(1);
      // One to the mentee, one asking her next choice.
      expect((await db.notification.count()) - before).toBe(2);
      expect((await db.matchRequest.findMany({ where: lenasRequests, orderBy: { rank: "asc" } })).map((r) => r.status)).toEqual([
        "DECLINED",
        "PENDING",
      ]);

      testSession.actor = await actorOfParticipation(second!.mentorId);
      const accept = await burst("accept a mentor request", () =>
        mentoring.respondToRequestAction({ requestId: queued!.id, accept: true }),
      );
      expect(accept.ok).toBe(1);
      expect(await db.match.count({ where: { programId: program.id, mentee: { userId: lena.id } } })).toBe(1);
    },
  );

  it("leave a second run of matching as the one draft", { timeout: 300_000 }, async () => {
    await seedDemoOrganisation(db);
    const program = await db.program.findUniqueOrThrow({ where: { slug: springCohort.slug } });
    const coordinator = await createActor("COORDINATOR");
    await runMatching(coordinator, { programId: program.id });
    const second = await runMatching(coordinator, { programId: program.id });
    expect(await db.matchingRun.findMany({ where: { status: "DRAFT" }, select: { id: true } })).toEqual([{ id: second.runId }]);
  });
});

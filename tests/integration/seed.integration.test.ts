import { describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { db } from "@/lib/db/client";
import { demoSignIns } from "@/lib/db/seed/org-chart";
import { seedDemoOrganisation } from "@/lib/db/seed/seed-demo";
import { rowCounts } from "../support/tables";

const counts = () =>
  rowCounts(
    "user",
    "department",
    "program",
    "participation",
    "match",
    "mentoringSession",
    "profile",
    "pulseInvite",
    "pulseAnswer",
    "queueSignal",
    "feedbackAnswer",
    "feedbackAction",
  );

describe("demo seed", () => {
  // Slow: the pairs' agreements, goals and sessions go through the domain functions, twice.
  it("builds a realistic organisation and is idempotent", async () => {
    const first = await seedDemoOrganisation(db);
    const afterFirst = await counts();
    expect(afterFirst.user).toBeGreaterThanOrEqual(55);
    expect(afterFirst.department).toBeGreaterThanOrEqual(6);
    expect(afterFirst.mentoringSession).toBe(first.sessions);

    await seedDemoOrganisation(db);
    expect(await counts()).toEqual(afterFirst);
    expect(await db.agreement.count()).toBeGreaterThan(0);
    expect(await db.pairGoal.count()).toBeGreaterThan(0);
    expect(await db.mentoringSession.count({ where: { status: "SCHEDULED" } })).toBeGreaterThan(0);
    // Every live pair was asked its due pulse; enough answered for the leadership programme's results.
    expect(afterFirst.pulseAnswer).toBeGreaterThanOrEqual(5);
    expect(afterFirst.queueSignal).toBe(1);
    // A closed mentors' round with readable results and a "you said, we did"; an open mentees' round.
    const rounds = await db.feedbackRound.findMany({ select: { audience: true, _count: { select: { answers: true } } } });
    expect(rounds.map((r) => [r.audience, r._count.answers]).sort()).toEqual([
      ["MENTEES", 3],
      ["MENTORS", 7],
    ]);
    expect(afterFirst.feedbackAction).toBe(1);
    // Helena Marsh signed off the Leadership Accelerator herself; the draft waits in her inbox.
    const helena = await db.user.findFirstOrThrow({ where: { name: "Helena Marsh" } });
    const sponsored = await db.program.findMany({
      where: { sponsorId: helena.id },
      select: { slug: true, sponsorAskedAt: true, sponsorSignedOffAt: true, sponsorComment: true },
      orderBy: { slug: "asc" },
    });
    expect(sponsored).toEqual([
      {
        slug: "leadership-accelerator-2026",
        sponsorAskedAt: expect.any(Date),
        sponsorSignedOffAt: expect.any(Date),
        sponsorComment: expect.any(String),
      },
      { slug: "new-manager-foundations", sponsorAskedAt: expect.any(Date), sponsorSignedOffAt: null, sponsorComment: null },
    ]);
    const waiting = await db.notification.findMany({
      where: { userId: helena.id, readAt: null, link: { startsWith: "/me/sign-off/" } },
    });
    expect(waiting.map((n) => n.subject)).toEqual(["Please sign off New Manager Foundations"]);
  }, 120_000);

  it("gives every demo role a working sign-in", async () => {
    await seedDemoOrganisation(db);
    for (const signIn of demoSignIns) {
      const result = await verifyCredentials({ email: signIn.email, password: signIn.password }, "seed-test");
      expect(result.ok, signIn.email).toBe(true);
    }
    const roles = await db.user.groupBy({ by: ["role"], _count: true });
    expect(roles.map((r) => r.role).sort()).toEqual(["ADMIN", "COORDINATOR", "EMPLOYEE", "EXECUTIVE"]);
  });

  it("has reporting lines that end at the chief executive, with no cycles", async () => {
    await seedDemoOrganisation(db);
    const users = await db.user.findMany({ select: { id: true, managerId: true, level: true } });
    const byId = new Map(users.map((u) => [u.id, u]));
    const roots = users.filter((u) => u.managerId === null);
    expect(roots).toHaveLength(1);
    for (const user of users) {
      const seen = new Set<string>();
      let current = user;
      while (current.managerId) {
        expect(seen.has(current.id)).toBe(false);
        seen.add(current.id);
        const manager = byId.get(current.managerId)!;
        expect(manager.level!).toBeGreaterThan(current.level!);
        current = manager;
      }
    }
  });

  it("never pairs a mentee with someone in their own reporting line", async () => {
    await seedDemoOrganisation(db);
    const users = new Map((await db.user.findMany({ select: { id: true, managerId: true } })).map((u) => [u.id, u.managerId]));
    const matches = await db.match.findMany({
      select: { mentor: { select: { userId: true } }, mentee: { select: { userId: true } } },
    });
    for (const match of matches) {
      let manager = users.get(match.mentee.userId) ?? null;
      while (manager) {
        expect(manager).not.toBe(match.mentor.userId);
        manager = users.get(manager) ?? null;
      }
    }
  });

  it("tells one consistent story in dates: applications before decisions, decisions before pairing, pairs after the start", async () => {
    const now = new Date("2026-12-01T09:00:00Z");
    await seedDemoOrganisation(db, now);
    const participations = await db.participation.findMany({
      select: {
        appliedAt: true,
        decidedAt: true,
        program: { select: { startDate: true, status: true } },
        mentorMatches: { select: { startedAt: true } },
        menteeMatches: { select: { startedAt: true } },
      },
    });
    // Not everyone applied today: the applications spread over the enrolment weeks.
    expect(new Set(participations.map((p) => p.appliedAt.toISOString().slice(0, 10))).size).toBeGreaterThan(5);
    for (const p of participations) {
      expect(p.appliedAt.getTime()).toBeLessThan(now.getTime());
      if (p.decidedAt) expect(p.decidedAt.getTime()).toBeGreaterThan(p.appliedAt.getTime());
      // Decided before the start, or a later wave joining a running programme; either way before any pair of theirs began.
      if (p.decidedAt && p.program.startDate && p.decidedAt >= p.program.startDate) expect(p.program.status).toBe("ACTIVE");
      for (const m of [...p.mentorMatches, ...p.menteeMatches]) {
        if (m.startedAt) expect(p.decidedAt!.getTime()).toBeLessThan(m.startedAt.getTime());
      }
    }
    const matches = await db.match.findMany({
      where: { startedAt: { not: null } },
      select: { startedAt: true, program: { select: { startDate: true } }, sessions: { select: { occurredAt: true } } },
    });
    for (const m of matches) {
      expect(m.startedAt!.getTime()).toBeGreaterThanOrEqual(m.program.startDate!.getTime());
      for (const session of m.sessions) expect(session.occurredAt.getTime()).toBeGreaterThanOrEqual(m.startedAt!.getTime());
    }
  });
});

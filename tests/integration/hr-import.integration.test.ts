import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { applyHrImport, previewHrImport } from "@/lib/hr/import";
import { hrOverview } from "@/lib/hr/overview";
import { createActor, createUser } from "../factories";

const now = new Date("2026-06-30T12:00:00Z");

describe("HR outcomes import", () => {
  it("imports every kind of event, and the same file again changes nothing", async () => {
    const admin = await createActor("ADMIN");
    const ada = await createUser({ email: "ada@hr.example" });
    await createUser({ email: "alan@hr.example" });
    const csv = [
      "Email,Event,Date,Voluntary,New level,Annual salary,Salary band,Rating,Engagement",
      "ada@hr.example,promotion,2025-04-01,,5,,,,",
      'ada@hr.example,salary,2025-04-01,,,"61,500",B2,,',
      "ada@hr.example,rating,2025-12-15,,,,,4,",
      "ada@hr.example,engagement,2026-01-20,,,,,,78",
      "ALAN@hr.example,exit,2026-02-28,yes,,,,,",
    ].join("\r\n");
    expect(await applyHrImport(admin, csv, now)).toMatchObject({
      rows: 5,
      creates: 5,
      issues: [],
      byKind: { EXIT: 1, PROMOTION: 1, SALARY: 1, RATING: 1, ENGAGEMENT: 1 },
    });
    expect(await db.hrEvent.findFirst({ where: { userId: ada.id, kind: "SALARY" } })).toMatchObject({
      annualSalary: 61_500,
      salaryBand: "B2",
      score: null,
    });
    expect(await applyHrImport(admin, csv, now)).toMatchObject({ creates: 0, updates: 0, unchanged: 5 });
    const corrected = await applyHrImport(
      admin,
      csv.replace("ALAN@hr.example,exit,2026-02-28,yes", "alan@hr.example,exit,2026-02-28,no"),
      now,
    );
    expect(corrected).toMatchObject({ creates: 0, updates: 1, unchanged: 4 });
    expect(await db.hrEvent.count()).toBe(5);
    expect((await hrOverview(admin)).byKind.find((k) => k.kind === "EXIT")).toMatchObject({ events: 1 });
  });

  it("reports every bad line by number and imports nothing", async () => {
    const admin = await createActor("ADMIN");
    await createUser({ email: "ada@hr.example" });
    const csv = [
      "email,event,date,voluntary,new level,annual salary,rating,engagement",
      "ada@hr.example,exit,2026-01-31,yes,,,,",
      "ada@hr.example,exit,2026-01-31,no,,,,",
      "nobody@hr.example,promotion,2025-01-01,,4,,,",
      "ada@hr.example,promotion,2025-01-01,,,,,",
      "ada@hr.example,resignation,2025-01-01,,,,,",
      "ada@hr.example,rating,2025-01-01,,,,7,",
      "ada@hr.example,salary,31/01/2025,,,50000,,",
      "ada@hr.example,engagement,2027-01-01,,,,,50",
    ].join("\n");
    const plan = await previewHrImport(admin, csv, now);
    expect(plan.issues.map((i) => `${i.line} ${i.column}: ${i.message}`)).toEqual([
      "3 date: Line 2 already has an exit for ada@hr.example on 2026-01-31; keep one.",
      "4 email: No one with the email nobody@hr.example is in the directory. Import them through People first.",
      "5 new level: Add the level after the promotion (1–10).",
      "6 event: Use one of: exit, promotion, salary, rating, engagement.",
      "7 rating: Use a rating from 1 to 5.",
      "8 date: Write the date as YYYY-MM-DD.",
      "9 date: The date is in the future; import events once they have happened.",
    ]);
    await expect(applyHrImport(admin, csv, now)).rejects.toThrow(AppError);
    expect(await db.hrEvent.count()).toBe(0);
  });

  it("holds under 20 identical imports at once", async () => {
    const admin = await createActor("ADMIN");
    await createUser({ email: "ada@hr.example" });
    const csv = "email,event,date,voluntary\nada@hr.example,exit,2026-01-31,yes\n";
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => applyHrImport(admin, csv, now)));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await db.hrEvent.count()).toBe(1);
  });

  it("is the administrators' alone: coordinators and executives can neither import nor read it", async () => {
    for (const role of ["COORDINATOR", "EXECUTIVE", "EMPLOYEE"] as const) {
      const actor = await createActor(role);
      await expect(previewHrImport(actor, "email,event,date\n", now)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(applyHrImport(actor, "email,event,date\n", now)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(hrOverview(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { applyPeopleImport } from "@/lib/people/apply-import";
import { exportPeopleCsv } from "@/lib/people/export-people";
import { previewPeopleImport } from "@/lib/people/plan-import";
import { samplePeopleCsv } from "@/lib/people/sample-csv";
import { createActor } from "../factories";

describe("people import", () => {
  it("imports 1,000 people with their managers, and importing again changes nothing", async () => {
    const coordinator = await createActor("COORDINATOR");
    const csv = samplePeopleCsv(1000);
    const first = await applyPeopleImport(coordinator, csv);
    expect(first).toMatchObject({ rows: 1000, creates: 1000, updates: 0, issues: [] });
    expect(await db.user.count({ where: { email: { endsWith: "@import.example" } } })).toBe(1000);
    expect(await db.user.count({ where: { email: { endsWith: "@import.example" }, managerId: null } })).toBe(1);

    const before = await db.user.findMany({ where: { email: { endsWith: "@import.example" } }, orderBy: { email: "asc" } });
    const second = await applyPeopleImport(coordinator, csv);
    expect(second).toMatchObject({ creates: 0, updates: 0, unchanged: 1000 });
    expect(await db.user.findMany({ where: { email: { endsWith: "@import.example" } }, orderBy: { email: "asc" } })).toEqual(
      before,
    );
  });

  it("updates what changed, matched by email whatever its case", async () => {
    const coordinator = await createActor("COORDINATOR");
    await applyPeopleImport(
      coordinator,
      "name,email,title\nAda Lovelace,ada@import.example,Analyst\nAlan Turing,alan@import.example,Engineer\n",
    );
    const plan = await applyPeopleImport(
      coordinator,
      "Email,Name,Title,Manager Email\nADA@import.example,Ada Lovelace,Lead Analyst,alan@import.example\nalan@import.example,Alan Turing,Engineer,\n",
    );
    expect(plan).toMatchObject({ creates: 0, updates: 1, unchanged: 1 });
    const ada = await db.user.findUniqueOrThrow({ where: { email: "ada@import.example" }, include: { manager: true } });
    expect(ada).toMatchObject({ title: "Lead Analyst", manager: { email: "alan@import.example" } });
  });

  it("reports every bad row by line number and imports nothing", async () => {
    const coordinator = await createActor("COORDINATOR");
    const csv = [
      "name,email,level,manager email,time zone,hire date",
      "Good Person,good@import.example,3,,Europe/London,2024-02-01",
      "No Email,not-an-email,3,,,",
      "Too Senior,senior@import.example,11,,,",
      "Lost,lost@import.example,2,nobody@import.example,,",
      "Twice,good@import.example,2,,,",
      "Bad Zone,zone@import.example,2,,Mars/Olympus,",
      "Loop A,a@import.example,2,b@import.example,,",
      "Loop B,b@import.example,2,a@import.example,,",
      "Bad Date,date@import.example,2,,,01/02/2024",
    ].join("\n");
    const plan = await previewPeopleImport(coordinator, csv);
    const issue = (line: number) => plan.issues.filter((i) => i.line === line).map((i) => `${i.column}: ${i.message}`);
    expect(issue(3)).toEqual(["email: Use an email address like name@company.com."]);
    expect(issue(4)).toEqual(["level: Use a whole number from 1 (entry) to 10 (executive)."]);
    expect(issue(5)[0]).toMatch(/manager email: No one with the email nobody@import.example/);
    expect(issue(6)).toEqual(["email: good@import.example is already on line 2; keep one row per person."]);
    expect(issue(7)[0]).toMatch(/time zone: Use a time zone name/);
    expect(issue(8)[0]).toMatch(/Reporting lines loop back/);
    expect(issue(10)).toEqual(["hire date: Write the hire date as YYYY-MM-DD."]);
    const before = await db.user.count();
    await expect(applyPeopleImport(coordinator, csv)).rejects.toThrow(AppError);
    expect(await db.user.count()).toBe(before);
  });

  it("rejects unknown columns and a missing email column at the header", async () => {
    const coordinator = await createActor("COORDINATOR");
    const plan = await previewPeopleImport(coordinator, "full name,salary\nAda,100\n");
    expect(plan.issues.map((i) => i.message)).toEqual([
      'Unknown column "full name". Use: name, email, department, title, level, manager email, location, time zone, hire date.',
      'Unknown column "salary". Use: name, email, department, title, level, manager email, location, time zone, hire date.',
      'Add a "name" column.',
      'Add an "email" column.',
    ]);
  });

  it("exports the directory in the columns it imports", async () => {
    const coordinator = await createActor("COORDINATOR");
    await applyPeopleImport(coordinator, samplePeopleCsv(20));
    const exported = await exportPeopleCsv(coordinator);
    await db.$executeRawUnsafe(`TRUNCATE TABLE "User" CASCADE`);
    await applyPeopleImport(await createActor("COORDINATOR"), exported);
    expect(await db.user.count({ where: { email: { endsWith: "@import.example" } } })).toBe(20);
  });

  it("is refused to employees and executives", async () => {
    for (const role of ["EMPLOYEE", "EXECUTIVE"] as const) {
      await expect(applyPeopleImport(await createActor(role), samplePeopleCsv(3))).rejects.toMatchObject({ status: 403 });
    }
    expect(await db.user.count({ where: { email: { endsWith: "@import.example" } } })).toBe(0);
  });
});

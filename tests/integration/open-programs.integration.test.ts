import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { applyToProgram } from "@/lib/programs/enrolment";
import { listOpenPrograms } from "@/lib/programs/list-open-programs";
import { createActor, createUser } from "../factories";

const apply = (slug: string, role: "MENTOR" | "MENTEE" = "MENTEE") => ({
  slug,
  role,
  capacity: 1,
  answers: {},
  acceptCodeOfConduct: true,
});

describe("catalogue of open programmes", () => {
  it("lists only programmes taking applications, with scope, dates and places left, and no one else's data", async () => {
    const engineering = await db.department.create({ data: { name: "Engineering" } });
    const sales = await db.department.create({ data: { name: "Sales" } });
    const employee = await createActor("EMPLOYEE");
    await db.user.update({ where: { id: employee.id }, data: { departmentId: engineering.id, location: "Leeds" } });
    const open = await db.program.create({
      data: {
        slug: "open-one",
        name: "Engineering Growth",
        purpose: "Grow our engineers.",
        status: "ENROLMENT",
        startDate: new Date("2027-01-04"),
        endDate: new Date("2027-06-30"),
        targetMentees: 3,
        targetMentors: 2,
        scopeDepartmentIds: [engineering.id],
      },
    });
    await db.program.create({ data: { slug: "draft", name: "Not yet", status: "DRAFT" } });
    await db.program.create({ data: { slug: "running", name: "Running", status: "ACTIVE" } });
    const salesOnly = await db.program.create({
      data: { slug: "sales-only", name: "Sales Circle", status: "ENROLMENT", scopeDepartmentIds: [sales.id], type: "PEER" },
    });
    const taken = await createUser();
    await db.participation.create({ data: { programId: open.id, userId: taken.id, role: "MENTEE", status: "APPROVED" } });

    const catalogue = await listOpenPrograms(employee);
    expect(catalogue.map((p) => p.name)).toEqual(["Engineering Growth", "Sales Circle"]);
    const [growth, circle] = catalogue;
    expect(growth).toMatchObject({
      purpose: "Grow our engineers.",
      scope: { departments: ["Engineering"], locations: [] },
      inScope: true,
      canApplyAs: ["MENTEE", "MENTOR"],
      places: [
        { role: "MENTEE", places: { target: 3, approved: 1, left: 2 } },
        { role: "MENTOR", places: { target: 2, approved: 0, left: 2 } },
      ],
    });
    expect(growth!.startDate?.toISOString().slice(0, 10)).toBe("2027-01-04");
    // Peer programmes recruit one pool; out of scope means no apply button at all.
    expect(circle).toMatchObject({ inScope: false, canApplyAs: [], places: [{ role: "MENTEE" }] });
    expect(JSON.stringify(catalogue)).not.toContain(taken.name);
    expect(JSON.stringify(catalogue)).not.toContain(salesOnly.id);

    await applyToProgram(employee, apply("open-one"));
    const after = await listOpenPrograms(employee);
    expect(after[0]).toMatchObject({ myApplications: [{ role: "MENTEE", status: "APPLIED" }], canApplyAs: ["MENTOR"] });
  });

  it("answers applying twice, out of scope, or as a mentor to a peer pool clearly, and writes nothing", async () => {
    const sales = await db.department.create({ data: { name: "Sales" } });
    const coordinator = await createActor("COORDINATOR");
    const employee = await createActor("EMPLOYEE");
    await db.program.create({
      data: { slug: "twice", name: "Twice", status: "ENROLMENT", createdById: coordinator.id },
    });
    await db.program.create({
      data: { slug: "elsewhere", name: "Elsewhere", status: "ENROLMENT", scopeDepartmentIds: [sales.id] },
    });
    await db.program.create({ data: { slug: "peers", name: "Peers", status: "ENROLMENT", type: "PEER" } });

    await applyToProgram(employee, apply("twice"));
    await expect(applyToProgram(employee, apply("twice"))).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("You already applied as a mentee"),
    });
    await expect(applyToProgram(employee, apply("elsewhere"))).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining("other departments or locations"),
    });
    await expect(applyToProgram(employee, apply("peers", "MENTOR"))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { role: [expect.stringContaining("peer")] },
    });
    expect(await db.participation.count()).toBe(1);
    expect(await db.notification.count({ where: { userId: coordinator.id } })).toBe(1);
  });

  it("holds under 20 identical applications at once: one is recorded, the rest are told they already applied", async () => {
    const coordinator = await createActor("COORDINATOR");
    const employee = await createActor("EMPLOYEE");
    await db.program.create({ data: { slug: "rush", name: "Rush", status: "ENROLMENT", createdById: coordinator.id } });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => applyToProgram(employee, apply("rush"))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
    expect(await db.participation.count()).toBe(1);
    expect(await db.notification.count({ where: { userId: coordinator.id } })).toBe(1);
  });
});

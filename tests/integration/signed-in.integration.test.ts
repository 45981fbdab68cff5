import { describe, expect, it } from "vitest";
import { findSignedIn } from "@/lib/auth/find-signed-in";
import { db } from "@/lib/db/client";
import { createActor, createParticipation, createProgram, createUser } from "../factories";

describe("the signed-in person and their shell", () => {
  it("counts only their own unread notifications", async () => {
    const [me, someoneElse] = [await createActor("EMPLOYEE"), await createActor("EMPLOYEE")];
    await db.notification.createMany({
      data: [
        { userId: me.id, subject: "Unread", body: "" },
        { userId: me.id, subject: "Read", body: "", readAt: new Date() },
        { userId: someoneElse.id, subject: "Not mine", body: "" },
      ],
    });
    expect(await findSignedIn(me.id)).toEqual({ actor: me, unread: 1, roleLabel: "Employee" });
  });

  it("names an employee by the parts they play in programmes that are not closed", async () => {
    const user = await createUser();
    const [running, closed, other] = [
      await createProgram({ status: "ACTIVE" }),
      await createProgram({ status: "CLOSED" }),
      await createProgram({ status: "ACTIVE" }),
    ];
    await createParticipation(running.id, "MENTEE", { userId: user.id });
    await createParticipation(closed.id, "MENTOR", { userId: user.id });
    const applied = await createParticipation(other.id, "MENTOR", { userId: user.id, status: "APPLIED" });
    expect((await findSignedIn(user.id))?.roleLabel).toBe("Mentee");
    await db.participation.update({ where: { id: applied.id }, data: { status: "APPROVED" } });
    expect((await findSignedIn(user.id))?.roleLabel).toBe("Mentor and mentee");
  });

  it("names other roles by their global role, and finds nobody for an unknown or deactivated account", async () => {
    const coordinator = await createActor("COORDINATOR");
    const program = await createProgram({ status: "ACTIVE" });
    await createParticipation(program.id, "MENTOR", { userId: coordinator.id });
    expect((await findSignedIn(coordinator.id))?.roleLabel).toBe("Coordinator");
    expect(await findSignedIn("nobody")).toBeNull();
    await db.user.update({ where: { id: coordinator.id }, data: { active: false } });
    expect(await findSignedIn(coordinator.id)).toBeNull();
  });
});

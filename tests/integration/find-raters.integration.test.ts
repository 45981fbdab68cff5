import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findRaters } from "@/lib/surveys/find-raters";
import { findRatersSchema } from "@/lib/surveys/schemas";
import { actorOf, createMatch, createParticipation, createProgram, createUser } from "../factories";

describe("finding colleagues to ask for 360 feedback", () => {
  it("searches the whole directory, the mentee's department first, never the mentee, mentor or manager", async () => {
    const program = await createProgram({ status: "ACTIVE" });
    const mentorPart = await createParticipation(program.id, "MENTOR");
    const menteePart = await createParticipation(program.id, "MENTEE");
    const pair = await createMatch(program.id, mentorPart.id, menteePart.id);
    const home = await db.department.create({ data: { name: "Raters Home" } });
    const away = await db.department.create({ data: { name: "Raters Away" } });
    const manager = await createUser({ name: "Quillon Manager" });
    await db.user.update({ where: { id: menteePart.userId }, data: { departmentId: home.id, managerId: manager.id } });
    await db.user.update({ where: { id: mentorPart.userId }, data: { name: "Quillon Mentor" } });
    const elsewhere = await createUser({ name: "Quillon Aardvark" });
    await db.user.update({ where: { id: elsewhere.id }, data: { departmentId: away.id, title: "Analyst" } });
    const nearby = await createUser({ name: "Quillon Zebra" });
    await db.user.update({ where: { id: nearby.id }, data: { departmentId: home.id } });
    const gone = await createUser({ name: "Quillon Gone" });
    await db.user.update({ where: { id: gone.id }, data: { active: false } });
    const mentee = await actorOf(menteePart.userId);

    const found = await findRaters(mentee, findRatersSchema.parse({ pairId: pair.id, query: "quillon" }));
    expect(found).toEqual([
      { id: nearby.id, name: "Quillon Zebra", title: null, department: "Raters Home" },
      { id: elsewhere.id, name: "Quillon Aardvark", title: "Analyst", department: "Raters Away" },
    ]);
  });

  it("answers only the pair's mentee", async () => {
    const program = await createProgram({ status: "ACTIVE" });
    const mentorPart = await createParticipation(program.id, "MENTOR");
    const menteePart = await createParticipation(program.id, "MENTEE");
    const pair = await createMatch(program.id, mentorPart.id, menteePart.id);
    const input = findRatersSchema.parse({ pairId: pair.id, query: "an" });
    for (const other of [await actorOf(mentorPart.userId), await actorOf((await createUser()).id)]) {
      await expect(findRaters(other, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(findRatersSchema.safeParse({ pairId: pair.id, query: " a " }).error?.issues[0]?.message).toBe(
      "Type at least two letters of a name.",
    );
  });
});

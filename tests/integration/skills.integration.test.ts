import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { updateOwnProfile } from "@/lib/profiles/profiles";
import { profileSchema } from "@/lib/profiles/schemas";
import { addApprovedSkill, mergeSkill, skillTaxonomy } from "@/lib/profiles/skills";
import { createActor } from "../factories";
import { blankProfileInput } from "../support/profile-input";

const profile = (skillsOffered: string, skillsWanted = "") =>
  profileSchema.parse({ ...blankProfileInput, skillsOffered, skillsWanted });

describe("skills taxonomy", () => {
  it("turns unknown skills into suggestions and merges them into an approved skill everywhere", async () => {
    const coordinator = await createActor("COORDINATOR");
    await addApprovedSkill(coordinator, { name: "Negotiation" });
    const [a, b] = [await createActor("EMPLOYEE"), await createActor("EMPLOYEE")];
    await updateOwnProfile(a, profile("negotiating, Negotiation, SQL"));
    await updateOwnProfile(b, profile("", "negotiating"));

    let taxonomy = await skillTaxonomy(coordinator);
    expect(taxonomy.suggestions.map((s) => [s.name, s.people])).toEqual([
      ["negotiating", 2],
      ["SQL", 1],
    ]);
    const from = taxonomy.suggestions.find((s) => s.name === "negotiating")!;
    const into = taxonomy.approved.find((s) => s.name === "Negotiation")!;
    expect(await mergeSkill(coordinator, { fromId: from.id, intoId: into.id })).toEqual({ profiles: 2 });

    expect((await db.profile.findUniqueOrThrow({ where: { userId: a.id } })).skillsOffered).toEqual(["Negotiation", "SQL"]);
    expect((await db.profile.findUniqueOrThrow({ where: { userId: b.id } })).skillsWanted).toEqual(["Negotiation"]);
    taxonomy = await skillTaxonomy(coordinator);
    expect(taxonomy.suggestions.map((s) => s.name)).toEqual(["SQL"]);
    expect(taxonomy.approved.map((s) => [s.name, s.people])).toEqual([["Negotiation", 2]]);
  });

  it("is curated by coordinators only", async () => {
    await expect(addApprovedSkill(await createActor("EMPLOYEE"), { name: "Anything" })).rejects.toMatchObject({ status: 403 });
    expect(await db.skill.count()).toBe(0);
  });
});

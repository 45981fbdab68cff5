import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { testSession } from "../support/mock-session";
import { createActor } from "../factories";
import { blankResourceFields } from "@/lib/resources/schemas";

vi.mock("@/app/_server/session", () => import("../support/mock-session"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const programs = await import("@/app/(app)/programs/actions");
const skills = await import("@/app/(app)/skills/actions");
const { addResourceAction } = await import("@/app/(app)/resources/actions");
const { GET: downloadResource } = await import("@/app/(app)/resources/[resourceId]/file/route");

const upload = (name: string, content: Uint8Array | string, claimedType: string) => {
  const bytes = typeof content === "string" ? Buffer.from(content) : Buffer.from(content);
  return {
    ...blankResourceFields,
    title: "Agenda",
    file: { name, type: claimedType, size: bytes.length, base64: bytes.toString("base64") },
  };
};

describe("input nobody should have to think about", () => {
  it("saves text with a NUL or other control character without it, instead of failing", async () => {
    testSession.actor = await createActor("COORDINATOR");
    expect(
      await programs.createProgramAction({
        name: "Mentoring\u0000 circle\u001B",
        type: "ONE_TO_ONE",
        purpose: "Grow\u0000 people.",
      }),
    ).toMatchObject({ ok: true });
    expect(await db.program.findFirstOrThrow()).toMatchObject({ name: "Mentoring circle", purpose: "Grow people." });
    expect(await skills.addSkillAction({ name: "\u0000\u0000Go" })).toMatchObject({ ok: true });
    expect((await db.skill.findFirstOrThrow()).name).toBe("Go");
  });

  it("accepts uploads by their content, stores the detected type, and refuses the rest beside the field", async () => {
    testSession.actor = await createActor("COORDINATOR");
    const refused = await addResourceAction(upload("handbook.pdf", "<html><script>alert(1)</script></html>", "application/pdf"));
    expect(refused).toMatchObject({ ok: false, status: 422 });
    expect(!refused.ok && refused.fieldErrors?.file?.[0]).toMatch(/^Upload PDF, Word/);
    expect(await db.resource.count()).toBe(0);

    expect(await addResourceAction(upload("Café guide – Наставник.pdf", "%PDF-1.7\n%…", "text/html"))).toMatchObject({
      ok: true,
    });
    const stored = await db.resource.findFirstOrThrow();
    expect(stored.fileType).toBe("application/pdf");

    const response = await downloadResource(new Request("http://localhost/"), {
      params: Promise.resolve({ resourceId: stored.id }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const disposition = response.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; filename="Cafe guide _ _+\.pdf"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe("Café guide – Наставник.pdf");
  });
});

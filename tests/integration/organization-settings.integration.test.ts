import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getBlueprint } from "@/lib/programs/blueprint";
import { organizationCurrency } from "@/lib/organization/organization-settings";
import { testSession } from "../support/mock-session";
import { createActor, createProgram } from "../factories";

vi.mock("@/app/_server/session", () => import("../support/mock-session"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { updateOrganizationSettingsAction } = await import("@/app/(app)/admin/settings/actions");

beforeEach(() => {
  testSession.actor = null;
});

describe("organisation currency", () => {
  it("is euros until an administrator chooses another, and every money loader reads the choice", async () => {
    const admin = await createActor("ADMIN");
    const program = await createProgram({ createdById: admin.id });
    expect(await organizationCurrency()).toBe("EUR");
    expect((await getBlueprint(admin, program.id)).currency).toBe("EUR");

    testSession.actor = admin;
    const result = await updateOrganizationSettingsAction({ currency: "gbp" });
    expect(result).toMatchObject({ ok: true });
    expect((await getBlueprint(admin, program.id)).currency).toBe("GBP");
    const audit = await db.auditEvent.findMany({ where: { action: "settings.currency-changed" } });
    expect(audit.map((e) => e.summary)).toEqual(["Currency changed from EUR to GBP."]);
  });

  it("refuses a coordinator, and an unknown code at the field, changing nothing", async () => {
    testSession.actor = await createActor("COORDINATOR");
    expect(await updateOrganizationSettingsAction({ currency: "USD" })).toMatchObject({ ok: false, status: 403 });
    testSession.actor = await createActor("ADMIN");
    const bad = await updateOrganizationSettingsAction({ currency: "XYZ" });
    expect(!bad.ok && bad.fieldErrors?.currency).toEqual(["Choose a currency from the list, such as EUR, GBP or USD."]);
    expect(await db.organizationSettings.count()).toBe(0);
    expect(await organizationCurrency()).toBe("EUR");
  });

  it("holds under 20 identical saves at once: one row, one change recorded, nothing fails", async () => {
    testSession.actor = await createActor("ADMIN");
    const results = await Promise.all(Array.from({ length: 20 }, () => updateOrganizationSettingsAction({ currency: "USD" })));
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(await db.organizationSettings.findMany({ select: { currency: true } })).toEqual([{ currency: "USD" }]);
    expect(await db.auditEvent.count({ where: { action: "settings.currency-changed" } })).toBe(1);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { actionCatalogue, type Caller } from "../support/action-catalogue";
import { testSession } from "../support/mock-session";
import { createActor, createRefusalWorld } from "../factories";
import { fingerprint } from "../support/fingerprint";

// The session comes from the request cookie in production; here the test decides who is calling.
vi.mock("@/app/_server/session", () => import("../support/mock-session"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => new Map() }));

const root = join(__dirname, "../..");

/** Every `actions.ts` under app/, with the functions it exports. */
function discoverActions(): { file: string; names: string[] }[] {
  const found: { file: string; names: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === "actions.ts") {
        const names = [...readFileSync(path, "utf8").matchAll(/^export async function (\w+)/gm)].map((m) => m[1]!);
        found.push({ file: relative(root, path), names });
      }
    }
  };
  walk(join(root, "app"));
  return found.sort((a, b) => a.file.localeCompare(b.file));
}

const actions = discoverActions();
const modules = new Map<string, Record<string, unknown>>();
for (const { file } of actions) modules.set(file, await import(`@/${file.replace(/\.ts$/, "")}`));

describe("the action catalogue", () => {
  it("lists every exported server action, and nothing else", () => {
    const exported = actions.flatMap((a) => a.names).sort();
    expect(exported.length).toBeGreaterThan(40);
    expect(Object.keys(actionCatalogue).sort()).toEqual(exported);
  });
});

const refusals = actions
  .map(({ file, names }) => ({
    file,
    cases: names.flatMap((name) => (actionCatalogue[name]?.refuses ?? []).map((caller) => ({ name, caller }))),
  }))
  .filter((a) => a.cases.length > 0);

describe.each(refusals)("$file", ({ file, cases }) => {
  it.each(cases)("$name refuses $caller and changes nothing", async ({ name, caller }) => {
    const world = await createRefusalWorld();
    const callers: Record<Caller, () => Promise<Actor | null>> = {
      "signed-out": async () => null,
      employee: () => createActor("EMPLOYEE"),
      executive: () => createActor("EXECUTIVE"),
      "other-participant": async () => world.otherParticipant,
    };
    testSession.actor = await callers[caller]();
    const action = modules.get(file)![name] as (input: unknown) => Promise<{ ok: boolean; status?: number }>;
    const before = await fingerprint(["_prisma_migrations"]);
    const result = await action(actionCatalogue[name]!.input(world));
    expect(result.ok).toBe(false);
    // 422 would mean the input never reached the permission check: fix the catalogue's input.
    if (caller === "signed-out") expect(result.status).toBe(401);
    else expect([403, 404, 409]).toContain(result.status);
    expect(await fingerprint(["_prisma_migrations"])).toEqual(before);
  });
});

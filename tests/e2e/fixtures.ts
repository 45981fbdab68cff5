import { test as base, expect, type Page } from "@playwright/test";
import { demoEmail, demoPassword, demoSignIns } from "@/lib/db/seed/org-chart";

export type DemoRole = (typeof demoSignIns)[number]["role"];

interface Fixtures {
  /** Signs in through the auth API, not the form, so journeys start where they matter. */
  loginAs: (role: DemoRole) => Promise<void>;
  /** The same for any demo employee, by name. */
  loginAsPerson: (name: string) => Promise<void>;
  failOnPageError: void;
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.context().clearCookies();
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: demoPassword, json: "true" } });
  expect(response.ok()).toBe(true);
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email).toBe(email);
}

export const test = base.extend<Fixtures>({
  loginAs: async ({ page }, provide) => {
    await provide(async (role) => {
      const account = demoSignIns.find((s) => s.role === role);
      if (!account) throw new Error(`No demo sign-in for ${role}`);
      await signIn(page, account.email);
    });
  },
  loginAsPerson: async ({ page }, provide) => {
    await provide((name) => signIn(page, demoEmail(name)));
  },
  failOnPageError: [
    async ({ page }, provide) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await provide();
      expect(errors, "uncaught errors in the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

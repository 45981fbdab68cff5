import { test as base, expect } from "@playwright/test";
import { demoSignIns } from "@/lib/db/seed/org-chart";

export type DemoRole = (typeof demoSignIns)[number]["role"];

interface Fixtures {
  /** Signs in through the auth API, not the form, so journeys start where they matter. */
  loginAs: (role: DemoRole) => Promise<void>;
  failOnPageError: void;
}

export const test = base.extend<Fixtures>({
  loginAs: async ({ page }, provide) => {
    await provide(async (role) => {
      const account = demoSignIns.find((s) => s.role === role);
      if (!account) throw new Error(`No demo sign-in for ${role}`);
      const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const response = await page.request.post("/api/auth/callback/credentials", {
        form: { csrfToken, email: account.email, password: account.password, json: "true" },
      });
      expect(response.ok()).toBe(true);
      const session = (await (await page.request.get("/api/auth/session")).json()) as { user?: { email?: string } };
      expect(session.user?.email).toBe(account.email);
    });
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

import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { demoEmail, demoPassword, demoSignIns } from "@/lib/db/seed/org-chart";

export type DemoRole = (typeof demoSignIns)[number]["role"];

interface Fixtures {
  /**
   * Signs in through the auth API, not the form, so journeys start where they matter: as the
   * demo account for a role ("Coordinator"), or as any demo employee by name ("Priya Nair");
   * then opens `path`, when given.
   */
  loginAs: (who: string, path?: string) => Promise<void>;
  /**
   * Runs axe-core on the page as it is now and fails on any serious or critical violation of
   * WCAG 2.1 A/AA. Call it on every page a journey visits, once its content has appeared.
   */
  expectAccessible: () => Promise<void>;
  failOnPageError: void;
}

async function accessibilityProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} element(s), e.g. ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.context().clearCookies();
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: demoPassword, json: "true" },
  });
  expect(response.ok()).toBe(true);
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email).toBe(email);
}

/**
 * True once React has hydrated every form control on the page. Server-rendered HTML arrives
 * first; a click or a fill before hydration reaches a form React does not handle yet (a native
 * submit, or a value the form's own defaults then overwrite). React marks each element it has
 * hydrated with a `__reactProps$…` key, which is what this looks for.
 */
function formsAreHydrated(): boolean {
  if (document.readyState !== "complete") return false;
  const controls = Array.from(document.querySelectorAll("form, input, select, textarea, button"));
  return controls.every((element) => Object.keys(element).some((key) => key.startsWith("__reactProps$")));
}

export const test = base.extend<Fixtures>({
  // Every full page load (goto, reload) returns only once the page's forms answer to React.
  page: async ({ page }, provide) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await page.waitForFunction(formsAreHydrated);
      return response;
    };
    page.reload = async (options) => {
      const response = await reload(options);
      await page.waitForFunction(formsAreHydrated);
      return response;
    };
    await provide(page);
  },
  loginAs: async ({ page }, provide) => {
    await provide(async (who, path) => {
      const account = demoSignIns.find((s) => s.role === who);
      await signIn(page, account?.email ?? demoEmail(who));
      if (path) await page.goto(path);
    });
  },
  expectAccessible: async ({ page }, provide) => {
    await provide(async () => {
      await page.waitForLoadState("load");
      expect(await accessibilityProblems(page), `serious or critical accessibility problems on ${page.url()}`).toEqual([]);
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

/**
 * Moves focus with the Tab key alone until the focused element is the control with this exact
 * name (visible text or aria-label), then returns: proof a keyboard user can reach it.
 */
export async function tabTo(page: Page, name: string, maxPresses = 250): Promise<void> {
  for (let k = 0; k < maxPresses; k += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute("aria-label") ?? el.innerText ?? "").trim() : "";
    });
    if (focused === name) return;
  }
  throw new Error(`"${name}" could not be reached with the Tab key`);
}

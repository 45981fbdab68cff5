import { expect, test, type DemoRole } from "./fixtures";
import type { Page } from "@playwright/test";

const sizes = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

/** Nothing may push the page wider than the screen: wide tables scroll inside their own box. */
async function expectNoSideways(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `page wider than the screen at ${page.url()}`).toBeLessThanOrEqual(0);
}

const journeys: { role: DemoRole; pages: { path: string; shows: string | RegExp }[] }[] = [
  {
    role: "Coordinator",
    pages: [
      { path: "/programs", shows: "Programmes" },
      { path: "/matching", shows: "Matching" },
      { path: "/check-ins", shows: "Check-ins" },
      { path: "/evaluation", shows: "Evaluation" },
      { path: "/people", shows: "People" },
      { path: "/skills", shows: "Skills" },
      { path: "/resources", shows: "Resource library" },
      { path: "/outbox", shows: "Outbox" },
      { path: "/dashboard", shows: "Mentoring ROI" },
      { path: "/programs/new", shows: "New programme" },
    ],
  },
  {
    role: "Mentor",
    pages: [
      { path: "/me/mentoring", shows: "My mentoring" },
      { path: "/me/profile", shows: "My profile" },
      { path: "/me/learning", shows: "My learning" },
    ],
  },
  {
    role: "Mentee",
    pages: [
      { path: "/me/mentoring", shows: "My mentoring" },
      { path: "/me/profile", shows: "My profile" },
      { path: "/me/learning", shows: "My learning" },
    ],
  },
  { role: "Executive", pages: [{ path: "/dashboard", shows: "Mentoring ROI" }] },
  {
    role: "Administrator",
    pages: [
      { path: "/people", shows: "People" },
      { path: "/people/import", shows: /Import/ },
      { path: "/admin/audit", shows: "Audit trail" },
      { path: "/admin/settings", shows: "Organisation settings" },
    ],
  },
];

for (const size of sizes) {
  test.describe(`at ${size.width} px`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    // Each of these walks a dozen pages with an accessibility check on every one.
    test.describe.configure({ timeout: 150_000 });

    test("a coordinator goes through every tab of a programme's hub", async ({ page, loginAs, expectAccessible }) => {
      await loginAs("Coordinator", "/programs");
      await page.getByRole("link", { name: "Leadership Accelerator 2026" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Leadership Accelerator 2026" })).toBeVisible();
      const tabs = page.getByRole("navigation", { name: "Programme sections" });
      for (const [tab, shows] of [
        ["Overview", "Health at a glance"],
        ["Design", "Programme details"],
        ["Enrolment", "Enrolment link"],
        ["Matching", "Live pairs"],
        ["Pairs", "Live pairs"],
        ["Check-ins", "Needs a check-in"],
        ["Evaluation", "KPI matrix"],
      ] as const) {
        await tabs.getByRole("link", { name: tab }).click();
        await expect(tabs.getByRole("link", { name: tab })).toHaveAttribute("aria-current", "page");
        await expect(page.getByRole("heading", { name: shows }).first()).toBeVisible();
        await expectNoSideways(page);
        await expectAccessible();
        if (tab === "Design") {
          // The agreement pairs sign is part of the design, one click from being edited.
          const agreement = page.locator("#agreement");
          await expect(agreement.getByRole("heading", { name: "Mentoring agreement" })).toBeVisible();
          await expect(agreement.getByText("Confidentiality", { exact: true })).toBeVisible();
          await expect(agreement.getByRole("link", { name: "Edit the agreement template" })).toHaveAttribute(
            "href",
            /\/programs\/[^/]+\/agreement$/,
          );
          // Budget lines carry the organisation's currency.
          await expect(page.locator("#budget")).toContainText(/Total £[\d,]+\.\d\d\./);
        }
        if (tab === "Pairs") {
          // Each pair names its mentor first, then its mentee, both labelled.
          await expect(page.getByRole("link", { name: /^Mentor .+ · Mentee .+$/ }).first()).toBeVisible();
        }
      }
    });

    for (const journey of journeys) {
      test(`every page of the ${journey.role.toLowerCase()}'s menu is accessible and fits the screen`, async ({
        page,
        loginAs,
        expectAccessible,
      }) => {
        await loginAs(journey.role);
        for (const { path, shows } of journey.pages) {
          await page.goto(path);
          await expect(page.getByRole("heading", { level: 1, name: shows }).first()).toBeVisible();
          await expectNoSideways(page);
          await expectAccessible();
        }
      });
    }

    test("a participant's 403 page is accessible too", async ({ page, loginAs, expectAccessible }) => {
      await loginAs("Mentee");
      const response = await page.goto("/programs");
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("main")).toHaveCount(1);
      await expectAccessible();
    });
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the menu closes once a page is chosen", async ({ page, loginAs }) => {
    await loginAs("Coordinator", "/programs");
    await page.getByText("Menu", { exact: true }).click();
    const menu = page.getByRole("navigation", { name: "Main" }).last();
    await menu.getByRole("link", { name: "People" }).click();
    await expect(page).toHaveURL(/\/people$/);
    await expect(menu.getByRole("link", { name: "People" })).toBeHidden();
  });
});

test("a mentor's time zone comes from a list of every zone, searchable by city, with its offset", async ({ page, loginAs }) => {
  await loginAs("Mentor", "/me/profile");
  const field = page.getByLabel("Time zone");
  await expect(field).toHaveValue(/^[A-Z][A-Za-z_]+\/[A-Za-z_]+$/);
  const list = page.locator(`datalist#${await field.getAttribute("id")}-zones`);
  expect(await field.getAttribute("list")).toBe(await list.getAttribute("id"));
  await expect(list.locator('option[value="America/New_York"]')).toHaveAttribute("label", /^America\/New York · UTC−0[45]:00$/);
  expect(await list.locator("option").count()).toBeGreaterThan(400);
});

test("an administrator chooses the organisation's currency and budget lines show it", async ({
  page,
  loginAs,
  expectAccessible,
}) => {
  await loginAs("Administrator", "/admin/settings");
  await expect(page.getByLabel("Currency").locator("option:checked")).toHaveText("GBP · British Pound");
  await expectAccessible();
  await page.getByLabel("Currency").selectOption("CHF");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText(/^Currency saved\./)).toBeVisible();
  try {
    await page.goto("/programs");
    await page.getByRole("link", { name: "Leadership Accelerator 2026" }).click();
    await page.getByRole("navigation", { name: "Programme sections" }).getByRole("link", { name: "Design" }).click();
    await expect(page.locator("#budget")).toContainText(/Total CHF\s[\d,]+\.\d\d\./);
    await expect(page.locator("#budget").getByLabel("Amount (CHF)")).toBeVisible();
  } finally {
    // The other journeys read the demo's pounds.
    await page.goto("/admin/settings");
    await page.getByLabel("Currency").selectOption("GBP");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText(/^Currency saved\./)).toBeVisible();
  }
});

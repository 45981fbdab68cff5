import { expect, test } from "./fixtures";

test.beforeEach(async ({ loginAs }) => {
  await loginAs("Executive");
});

test("the executive lands on the dashboard with organisation-wide figures", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText("Programmes", { exact: true }).first()).toBeVisible();
  await expect(page.locator("dd", { hasText: /^46$/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Mentoring sessions per month/ })).toBeVisible();
  const table = page.getByRole("table", { name: "Programme figures" });
  await expect(table.getByRole("row", { name: /Reverse Mentoring/ })).toContainText("withheld");
  const nav = page.getByRole("navigation", { name: "Main" }).first();
  await expect(nav.getByRole("link", { name: "Programmes" })).toHaveCount(0);
});

test("coordinator pages answer with a 403 page", async ({ page }) => {
  const response = await page.goto("/people");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "This page is not open to your role" })).toBeVisible();
});

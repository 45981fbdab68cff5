import { expect, test } from "./fixtures";

test.beforeEach(async ({ loginAs }) => {
  await loginAs("Executive");
});

test("the executive lands on the ROI dashboard", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Mentoring ROI" })).toBeVisible();
  await expect(page.getByText("Return on investment, expected")).toBeVisible();
  await expect(page.getByText("12-month retention, participants vs matched comparison")).toBeVisible();
  // Money carries its currency: the ROI's benefits and costs are in the organisation's pounds.
  await expect(page.getByText(/^£[\d,]+ benefits against £[\d,]+ costs/).first()).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" }).first();
  await expect(nav.getByRole("link", { name: "Programmes", exact: true })).toHaveCount(0);
});

test("coordinator pages answer with a 403 page", async ({ page }) => {
  const response = await page.goto("/people");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "This page is not open to your role" })).toBeVisible();
});

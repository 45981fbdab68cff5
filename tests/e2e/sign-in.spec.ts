import { expect, test } from "./fixtures";

test.describe("signing in", () => {
  test("a signed-out visitor is sent to the sign-in page", async ({ page }) => {
    await page.goto("/programs");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("heading", { name: "Sign in to Pairwise" })).toBeVisible();
  });

  test("empty fields are flagged beside each field", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your work email.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
  });

  test("a wrong password says so, and repeated failures are throttled", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Work email").fill("owen.davies@northwind.example");
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await page.getByLabel("Password").fill(`wrong-${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password do not match. Check both and try again.");
    }
    await page.getByLabel("Password").fill("wrong-5");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-ins for this account. Try again in 15 minutes");
    await page.getByLabel("Password").fill("pairwise-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-ins");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a coordinator signs in with the form, lands on programmes and signs out", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Work email").fill("amara.okafor@northwind.example");
    await page.getByLabel("Password").fill("pairwise-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/programs$/);
    await expect(page.getByRole("heading", { name: "Programmes", level: 1 })).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/programs");
    await expect(page).toHaveURL(/\/login/);
  });
});

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

  test("a wrong password says so, and repeated guesses are made to wait", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Work email").fill("owen.davies@northwind.example");
    const alert = page.getByRole("main").getByRole("alert");
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await page.getByLabel("Password").fill(`wrong-${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(alert).toHaveText("That email and password do not match. Check both and try again.");
    }
    // From the sixth guess on, each waits twice as long as the one before; keep guessing until one is held.
    await expect(async () => {
      await page.getByLabel("Password").fill("wrong-again");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(alert).toContainText("Too many sign-in attempts. Wait", { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(alert).toContainText("ask a Pairwise administrator to send you a reset link");
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

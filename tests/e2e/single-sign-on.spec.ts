import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// The app under test is configured (playwright.config.ts) for a real OpenID Connect provider run
// from npm (tests/support/oidc-provider.mjs): the e-mail typed at the provider is the person's
// subject and e-mail, verified unless it starts with "unverified"; northwind.example is allowed.
const run = Date.now().toString(36);

interface Session {
  user?: { id?: string; email?: string; name?: string; role?: string };
}

async function session(page: Page): Promise<Session> {
  return (await (await page.request.get("/api/auth/session")).json()) as Session;
}

/** The whole browser flow: Pairwise → the provider's sign-in and consent → back to Pairwise. */
async function continueWithNorthwindId(page: Page, login: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByRole("button", { name: "Continue with Northwind ID" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/localhost:\d+\//);
  await page.waitForLoadState("load");
}

test.describe("single sign-on through an OpenID Connect provider", () => {
  test("a first sign-in creates an employee account, and signing in again opens the same one", async ({ page }) => {
    const email = `new.starter.${run}@northwind.example`;
    await continueWithNorthwindId(page, email);
    await expect(page).not.toHaveURL(/\/login/);
    const first = await session(page);
    expect(first.user).toMatchObject({
      email,
      role: "EMPLOYEE",
      name: `New Starter ${run.charAt(0).toUpperCase()}${run.slice(1)}`,
    });

    await continueWithNorthwindId(page, email);
    await expect(page).not.toHaveURL(/\/login/);
    expect((await session(page)).user?.id).toBe(first.user?.id);
  });

  test("an existing employee's account is linked, keeping its name", async ({ page }) => {
    await continueWithNorthwindId(page, "claire.dubois@northwind.example");
    await expect(page).not.toHaveURL(/\/login/);
    expect((await session(page)).user).toMatchObject({ email: "claire.dubois@northwind.example", name: "Claire Dubois" });
  });

  test("an e-mail the provider has not verified is refused", async ({ page }) => {
    await continueWithNorthwindId(page, `unverified.${run}@northwind.example`);
    await expect(page).toHaveURL(/\/login\?error=SsoUnverifiedEmail/);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("has not verified your email address");
    expect((await session(page)).user).toBeUndefined();
  });

  test("an e-mail outside the organisation's domains is refused", async ({ page }) => {
    await continueWithNorthwindId(page, `visitor.${run}@elsewhere.example`);
    await expect(page).toHaveURL(/\/login\?error=SsoForeignDomain/);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("your organisation's email addresses only");
    expect((await session(page)).user).toBeUndefined();
  });

  test("an administrator's account is never opened by single sign-on", async ({ page }) => {
    await continueWithNorthwindId(page, "sam.whitfield@northwind.example");
    await expect(page).toHaveURL(/\/login\?error=SsoPrivilegedAccount/);
    expect((await session(page)).user).toBeUndefined();
  });
});

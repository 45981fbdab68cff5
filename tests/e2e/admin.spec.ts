import { expect, test } from "./fixtures";

test("an administrator changes a person's role, which takes effect for them at once", async ({ page, loginAs }) => {
  await loginAs("Administrator");
  await page.goto("/people?q=Ibrahim");
  const select = page.getByLabel("Role for Ibrahim Hassan");
  await select.selectOption("COORDINATOR");
  await expect(page.getByText("Saved")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Role for Ibrahim Hassan")).toHaveValue("COORDINATOR");
  await page.getByLabel("Role for Ibrahim Hassan").selectOption("EMPLOYEE");
  await expect(page.getByText("Saved")).toBeVisible();
});

test("an administrator cannot change their own role", async ({ page, loginAs }) => {
  await loginAs("Administrator");
  await page.goto("/people?q=Sam+Whitfield");
  await page.getByLabel("Role for Sam Whitfield").selectOption("EMPLOYEE");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "You cannot change your own role. Ask another administrator.",
  );
  await expect(page.getByLabel("Role for Sam Whitfield")).toHaveValue("ADMIN");
});

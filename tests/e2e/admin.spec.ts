import { expect, test } from "./fixtures";

test("an administrator changes a person's role, which takes effect for them at once", async ({ page, loginAs }) => {
  await loginAs("Administrator", "/people?q=Ibrahim");
  const select = page.getByLabel("Role for Ibrahim Hassan");
  await select.selectOption("COORDINATOR");
  await expect(page.getByText("Saved")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Role for Ibrahim Hassan")).toHaveValue("COORDINATOR");
  await page.getByLabel("Role for Ibrahim Hassan").selectOption("EMPLOYEE");
  await expect(page.getByText("Saved")).toBeVisible();
});

test("an administrator cannot change their own role", async ({ page, loginAs }) => {
  await loginAs("Administrator", "/people?q=Sam+Whitfield");
  await page.getByLabel("Role for Sam Whitfield").selectOption("EMPLOYEE");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "You cannot change your own role. Ask another administrator.",
  );
  await expect(page.getByLabel("Role for Sam Whitfield")).toHaveValue("ADMIN");
});

test("an administrator finds a role change in the audit trail, with who and from where", async ({
  page,
  loginAs,
  expectAccessible,
}) => {
  await loginAs("Administrator");
  const name = "Ibrahim Hassan";
  await page.goto("/people?q=Ibrahim");
  await page.getByLabel(`Role for ${name}`).selectOption("EXECUTIVE");
  await expect(page.getByText("Saved")).toBeVisible();

  await page.getByRole("navigation").getByRole("link", { name: "Audit trail" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  const search = page.getByRole("search", { name: "Filter the audit trail" });
  await search.getByLabel("Event").selectOption({ label: "Role changed" });
  await search.getByLabel("Done by").fill("Sam");
  await search.getByRole("button", { name: "Filter" }).click();
  const row = page.getByRole("table", { name: "Audit events, newest first" }).getByRole("row").nth(1);
  await expect(row).toContainText(`Changed ${name}'s role from Employee to Executive`);
  await expect(row).toContainText("Sam Whitfield");
  await expectAccessible();

  // A backwards date range is named at its field.
  await search.getByLabel("From").fill("2026-12-31");
  await search.getByLabel("To").fill("2026-01-01");
  await search.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("The end date must be on or after the start date.")).toBeVisible();

  await page.goto("/people?q=" + encodeURIComponent(name));
  await page.getByLabel(`Role for ${name}`).selectOption("EMPLOYEE");
  await expect(page.getByText("Saved")).toBeVisible();
});

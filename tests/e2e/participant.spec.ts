import { expect, test } from "./fixtures";

test("a mentee sees their mentor, sessions and programme", async ({ page, loginAs }) => {
  await loginAs("Mentee", "/");
  await expect(page).toHaveURL(/\/me\/mentoring$/);
  await expect(page.getByRole("heading", { name: "My mentor: Sofia Rossi" })).toBeVisible();
  // The shell names the part she plays, not the global role "Employee".
  await expect(page.locator("aside").getByText("Mentee", { exact: true })).toBeVisible();
  await expect(page.getByText("6 so far")).toBeVisible();
  await expect(page.getByText("Leadership Accelerator 2026").last()).toBeVisible();
  const response = await page.goto("/programs");
  expect(response?.status()).toBe(403);
});

test("a mentor edits their profile, with errors shown at the field", async ({ page, loginAs }) => {
  await loginAs("Mentor", "/me/profile");
  await expect(page.getByRole("main").getByText("Daniel Reyes", { exact: true })).toBeVisible();
  await page.getByRole("textbox", { name: "Years of experience" }).fill("lots");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Enter years of experience as a whole number.")).toBeVisible();

  await page.getByRole("textbox", { name: "Years of experience" }).fill("17");
  await page.getByRole("textbox", { name: "Skills I can teach" }).fill("System design, Hiring, Technical leadership");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Your profile is saved.");
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Skills I can teach" })).toHaveValue(
    "System design, Hiring, Technical leadership",
  );
  await expect(page.getByRole("textbox", { name: "Years of experience" })).toHaveValue("17");
});

test("a mentor sees their mentees from the mentor's side", async ({ page, loginAs }) => {
  await loginAs("Mentor", "/me/mentoring");
  await expect(page.getByRole("heading", { name: "My mentee: Nadia Petrova" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "My mentee: Maya Goldberg" })).toBeVisible();
});

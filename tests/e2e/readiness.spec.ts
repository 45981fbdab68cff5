import { expect, test } from "./fixtures";
import { rateEveryQuality } from "./programmes";

test("a coordinator requires a guide; a mentor assesses themself, completes it and becomes ready", async ({
  page,
  loginAs,
  expectAccessible,
}) => {
  await loginAs("Coordinator", "/resources");
  await page.getByLabel("Title").fill("Mentoring conversations guide");
  await page.getByLabel("For", { exact: true }).selectOption("MENTOR");
  await page.getByLabel("Programme").selectOption({ label: "Spring Mentoring Cohort 2027" });
  await page.getByLabel("Link").fill("notaurl");
  await page.getByLabel("Mentors must complete this before they count as ready").check();
  await page.getByRole("button", { name: "Add resource" }).click();
  await expect(page.getByText("Use a web address starting with https://.")).toBeVisible();
  await page.getByLabel("Link").fill("https://intranet.example/mentoring-guide");
  await page.getByRole("button", { name: "Add resource" }).click();
  await expect(page.getByText("Resource added to the library.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Mentoring conversations guide" })).toBeVisible();

  await loginAs("Ethan Brooks", "/me/mentoring");
  await page.getByRole("link", { name: "Complete your readiness" }).first().click();
  await expect(page.getByText("Not ready yet")).toBeVisible();
  await expectAccessible();
  await page.getByRole("button", { name: "Submit self-assessment" }).click();
  await expect(page.getByText("Rate every quality from 1 to 5.").first()).toBeVisible();
  await rateEveryQuality(page, 4);
  await page.getByRole("button", { name: "Submit self-assessment" }).click();
  await expect(page.getByText("Complete the required training below to be ready.")).toBeVisible();
  // The saved ratings come back when the page is opened again.
  await page.reload();
  await expect(page.getByLabel("Patience: 4")).toBeChecked();
  await expect(page.getByLabel("Knowledge of the company: 4")).toBeChecked();
  await page.getByRole("button", { name: 'Mark "Mentoring conversations guide" complete' }).click();
  await expect(page.getByText("Ready to be matched")).toBeVisible();
});

import { expect, test } from "./fixtures";

test.beforeEach(async ({ loginAs }) => {
  await loginAs("Coordinator");
});

test("the coordinator's home lists programmes with their enrolment balance", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/programs$/);
  const nav = page.getByRole("navigation", { name: "Main" }).first();
  for (const link of ["Programmes", "People", "Matching", "Check-ins", "Evaluation"]) {
    await expect(nav.getByRole("link", { name: link })).toBeVisible();
  }
  const leadership = page.getByRole("article").filter({ hasText: "Leadership Accelerator 2026" });
  await expect(leadership.getByText("Active", { exact: true })).toBeVisible();
  await expect(leadership.getByText("Mentor capacity covers every approved mentee")).toBeVisible();
});

test("creating a programme checks the fields, then adds a draft", async ({ page }) => {
  const name = `Peer Circles ${Date.now()}`;
  await page.goto("/programs/new");
  await page.getByLabel("Name").fill("ab");
  await page.getByLabel("Start date").fill("2027-03-01");
  await page.getByLabel("End date").fill("2027-02-01");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByText("Give the programme a name of at least 3 characters.")).toBeVisible();
  await expect(page.getByText("The end date must be on or after the start date.")).toBeVisible();

  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Type").selectOption("PEER");
  await page.getByLabel("Purpose and value proposition").fill("Colleagues at the same level learn from each other.");
  await page.getByLabel("End date").fill("2027-09-01");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/programs$/);
  const card = page.getByRole("article").filter({ hasText: name });
  await expect(card.getByText("Draft")).toBeVisible();
  await expect(card.getByText("Peer · 1 Mar 2027 – 1 Sept 2027")).toBeVisible();
});

test("the people directory searches and filters", async ({ page }) => {
  await page.goto("/people");
  await expect(page.getByText("61 people")).toBeVisible();
  await page.getByLabel("Search").fill("engineer");
  await page.getByLabel("Department").selectOption({ label: "Customer Success" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("3 people")).toBeVisible();
  await expect(page.getByRole("cell", { name: /Tyler Robinson/ })).toBeVisible();
});

test("matching, check-ins and evaluation show the seeded programmes' pairs", async ({ page }) => {
  await page.goto("/matching");
  const leadership = page.getByRole("article", { name: "Leadership Accelerator 2026" });
  await expect(leadership).toContainText("10 live pairs · 14 approved mentees · 3 waiting for a mentor");
  await expect(leadership).toContainText("2 pairs not meeting");

  await page.goto("/check-ins");
  const atRisk = page.getByRole("table", { name: "Pairs at risk" });
  await expect(atRisk.getByText("Noah Fitzgerald")).toBeVisible();
  await expect(atRisk.getByText("Tyler Robinson")).toBeVisible();

  await page.goto("/evaluation");
  const health = page.getByRole("table", { name: "Programme health" });
  await expect(health.getByRole("row", { name: /Leadership Accelerator 2026/ })).toContainText("71%");
});

test("the executive dashboard is open to coordinators too", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Mentoring at a glance" })).toBeVisible();
});

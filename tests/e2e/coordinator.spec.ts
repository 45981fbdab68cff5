import { expect, test } from "./fixtures";

test.beforeEach(async ({ loginAs }) => {
  await loginAs("Coordinator");
});

test("the coordinator's home lists programmes with their enrolment balance", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/programs$/);
  const nav = page.getByRole("navigation", { name: "Main" }).first();
  for (const link of ["Programmes", "People", "Matching", "Check-ins", "Evaluation"]) {
    await expect(nav.getByRole("link", { name: link, exact: true })).toBeVisible();
  }
  const leadership = page.getByRole("article").filter({ hasText: "Leadership Accelerator 2026" });
  await expect(leadership.getByText("Active", { exact: true })).toBeVisible();
  // Active with mentees still unmatched: never a green "all good".
  await expect(leadership.getByText("4 approved mentees still waiting for a mentor.")).toBeVisible();
  await expect(leadership.getByText("Mentor capacity covers every approved mentee")).toHaveCount(0);
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
  // 61 people around the programmes and 360 more whose HR history feeds the evaluation.
  await expect(page.getByText("421 people")).toBeVisible();
  await page.getByLabel("Search").fill("Robinson");
  await page.getByLabel("Department").selectOption({ label: "Customer Success" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("421 people")).toHaveCount(0);
  await expect(page.getByRole("cell", { name: /Tyler Robinson/ })).toBeVisible();
});

test("matching, check-ins and evaluation show the seeded programmes' pairs", async ({ page }) => {
  await page.goto("/matching");
  const leadership = page.getByRole("article", { name: "Leadership Accelerator 2026" });
  await expect(leadership).toContainText("10 live pairs · 14 approved mentees · 4 waiting for a mentor");
  await expect(leadership).toContainText("3 pairs not meeting");

  await page.goto("/check-ins");
  const queue = page.getByRole("list", { name: "Check-in queue" });
  await expect(queue.getByRole("listitem", { name: /Noah Fitzgerald/ })).toContainText(/No session for \d+ days/);
  // The demo coordinator checked in with Henrik and Tyler five days ago: off the queue until the follow-up.
  await expect(queue.getByRole("listitem", { name: /Tyler Robinson/ })).toHaveCount(0);

  await page.goto("/evaluation");
  const health = page.getByRole("table", { name: "Programme health" });
  await expect(health.getByRole("row", { name: /Leadership Accelerator 2026/ })).toContainText("71%");
});

test("each programme has a hub with tabs, and old programme links lead into it", async ({ page }) => {
  await page.goto("/programs");
  await page.getByRole("link", { name: "Leadership Accelerator 2026" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leadership Accelerator 2026" })).toBeVisible();
  const tabs = page.getByRole("navigation", { name: "Programme sections" });
  for (const tab of ["Overview", "Design", "Enrolment", "Matching", "Pairs", "Check-ins", "Evaluation"]) {
    await expect(tabs.getByRole("link", { name: tab })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Health at a glance" })).toBeVisible();
  // Noah Fitzgerald and Emily Johnson; Tyler Robinson had a check-in five days ago.
  await expect(page.getByRole("heading", { name: "Check in: 2 pairs or mentors on the queue" })).toBeVisible();
  const hub = new URL(page.url()).pathname;

  await page.goto(`${hub}/applications?status=APPROVED`);
  await expect(page).toHaveURL(new RegExp(`${hub}/enrolment\\?status=APPROVED$`));
  const id = hub.split("/").at(-1)!;
  await page.goto(`/matching/${id}`);
  await expect(page).toHaveURL(new RegExp(`${hub}/matching$`));

  // The same "waiting" figure everywhere: the matching list, the workspace, the overview.
  const waitingInWorkspace = await page.locator("dt", { hasText: "Waiting for a mentor" }).locator("+ dd").textContent();
  await tabs.getByRole("link", { name: "Overview" }).click();
  await expect(page.locator("dt", { hasText: "Waiting for a mentor" }).locator("+ dd")).toHaveText(waitingInWorkspace!);
  await page.goto("/matching");
  await expect(page.getByRole("article", { name: "Leadership Accelerator 2026" })).toContainText(
    `${waitingInWorkspace} waiting for a mentor`,
  );
});

test("the executive dashboard is open to coordinators too", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Mentoring ROI" })).toBeVisible();
});

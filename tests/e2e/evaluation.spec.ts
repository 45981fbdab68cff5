import { expect, test } from "./fixtures";
import { openProgrammeSection } from "./programmes";

const csv = (rows: string[]) => ["email,event,date,rating,engagement", ...rows].join("\n");

test("the coordinator builds a KPI matrix from a template, and its actuals open to their inputs", async ({
  page,
  loginAs,
  expectAccessible,
}) => {
  await loginAs("Coordinator");
  await openProgrammeSection(page, "Cross-Team Mentoring Circle", "Evaluation");
  await expect(page.getByRole("heading", { name: "KPI matrix" })).toBeVisible();

  const template = page.locator("form").filter({ has: page.getByRole("button", { name: "Add the template's rows" }) });
  await template
    .getByLabel("Purpose")
    .selectOption({ label: "Leadership pipeline: Grow internal candidates for leadership roles." });
  await template.getByRole("button", { name: "Add the template's rows" }).click();
  const matrix = page.getByRole("table", { name: "KPI matrix" });
  for (const measure of ["Sessions happen at the agreed rhythm", "Participants move up", "The programme pays for itself"]) {
    await expect(matrix.getByRole("row").filter({ hasText: measure })).toBeVisible();
  }
  // Every actual opens, in one click, to what it rests on.
  const rhythm = matrix.getByRole("row").filter({ hasText: "Sessions happen at the agreed rhythm" });
  await rhythm.locator("summary").filter({ hasText: "(show inputs)" }).click();
  await expect(
    rhythm
      .locator("details[open]")
      .getByText("Logged sessions divided by the months each running pair has existed", { exact: false })
      .first(),
  ).toBeVisible();

  // A row's form opens from its own Edit; what is saved shows in the matrix.
  const pipeline = matrix.getByRole("row").filter({ hasText: "Participants move up" });
  await pipeline.locator("summary").filter({ hasText: "Edit" }).click();
  await pipeline.getByLabel("Owner").fill("Head of Talent");
  await pipeline.getByRole("button", { name: "Save row" }).click();
  await expect(pipeline.getByRole("cell", { name: "Head of Talent", exact: true })).toBeVisible();
  await expectAccessible();
});

test("the administrator imports HR outcomes: a bad line is named and nothing lands until it is fixed", async ({
  page,
  loginAs,
  expectAccessible,
}) => {
  await loginAs("Administrator", "/hr");
  await page
    .getByRole("link", { name: /Import/ })
    .first()
    .click();
  await expect(page.getByLabel("CSV file")).toBeVisible();

  const good = [
    "ibrahim.hassan@northwind.example,rating,2026-06-30,4,",
    "ava.thompson@northwind.example,engagement,2026-06-30,,78",
  ];
  await page.getByLabel("CSV file").setInputFiles({
    name: "hr-outcomes.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv([good[0]!, "ava.thompson@northwind.example,engagement,2026-06-30,,178"])),
  });
  await page.getByRole("button", { name: "Preview hr-outcomes.csv" }).click();
  const problems = page.getByRole("table", { name: "Problems by line" });
  await expect(problems.getByRole("row").filter({ hasText: "Use an engagement score from 0 to 100." })).toContainText("3");
  await expect(page.getByRole("button", { name: /^Import \d+ event/ })).toHaveCount(0);
  await expectAccessible();

  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "hr-outcomes.csv", mimeType: "text/csv", buffer: Buffer.from(csv(good)) });
  await page.getByRole("button", { name: "Preview hr-outcomes.csv" }).click();
  await page.getByRole("button", { name: "Import 2 events" }).click();
  await expect(page.getByText("Imported: 2 added, 0 corrected, 0 already there.")).toBeVisible();
});

test("the executive opens the ROI figure to see what it rests on", async ({ page, loginAs, expectAccessible }) => {
  await loginAs("Executive", "/dashboard");
  const roi = page
    .locator("div")
    .filter({ has: page.getByText("Return on investment, expected", { exact: true }) })
    .last();
  await roi.locator("summary").filter({ hasText: "(show inputs)" }).click();
  for (const input of [
    "Matched 12-month retention difference",
    "Replacement cost",
    "Isolation (share credited to mentoring)",
    "Budget lines",
  ]) {
    await expect(roi.getByText(input, { exact: true })).toBeVisible();
  }
  await expect(roi.getByText("(Monetised benefits − fully loaded costs) ÷ costs.")).toBeVisible();
  // Every money figure names its currency (the organisation's: pounds in the demo).
  await expect(roi.getByText("Budget lines", { exact: true }).locator("xpath=following-sibling::dd[1]")).toHaveText(/^£[\d,]+$/);
  await expect(roi.getByText("Fully loaded costs", { exact: true }).locator("xpath=following-sibling::dd[1]")).toHaveText(
    /^£[\d,]+$/,
  );
  await expectAccessible();
});

import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openProgrammeSection } from "./programmes";

const programme = "Leadership Accelerator 2026";
// Five of the programme's ten mentors; the demo's mentors' round is a quarterly one that has closed.
const answering = ["Daniel Reyes", "Sofia Rossi", "Grace Kim", "Robert Hughes", "Victoria Sterling"];

async function openCheckIns(page: Page) {
  await openProgrammeSection(page, programme, "Check-ins");
  await expect(page.getByRole("heading", { name: "Core-group feedback" })).toBeVisible();
}

const thisMonth = new Date().toLocaleString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

function thisMonthsRound(page: Page) {
  return page
    .getByRole("list", { name: "Feedback rounds" })
    .getByRole("listitem", { name: `Mentors, ${thisMonth}`, exact: true });
}

test("the coordinator opens a mentors' round, five mentors answer, and the totals appear only once it closes", async ({
  page,
  loginAs,
  expectAccessible,
}) => {
  test.setTimeout(150_000);
  await loginAs("Coordinator");
  await openCheckIns(page);
  await page.getByText("Open a feedback round").click();
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Open the round" }) });
  await form.getByLabel("Ask").selectOption("MENTORS");
  await form.getByLabel("Round").selectOption("MONTHLY");
  // A closing date in the past is refused at the field, and no round opens.
  await form.getByLabel("Closes on").fill("2020-01-01");
  await form.getByRole("button", { name: "Open the round" }).click();
  await expect(form.getByText("Pick a closing date after today.")).toBeVisible();
  await expect(thisMonthsRound(page)).toHaveCount(0);

  const closesOn = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel("Closes on").fill(closesOn);
  await form.getByRole("button", { name: "Open the round" }).click();
  await expect(page.getByText("Round opened: 10 people asked in their inbox.")).toBeVisible();
  await expect(thisMonthsRound(page)).toContainText("0 of 10 answered");
  await expectAccessible();

  for (const [k, mentor] of answering.entries()) {
    await loginAs(mentor, "/me/inbox");
    await page.getByRole("link", { name: `How is ${programme} going for you? Feedback for ${thisMonth}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `How is ${programme} going for you?` })).toBeVisible();
    await expect(page.getByText("This round is anonymous: nobody sees your answers on their own.")).toBeVisible();
    const question = (name: string) => page.getByRole("group", { name });
    if (k === 0) {
      await expectAccessible();
      // A question left out is named at its field, and nothing is sent.
      await page.getByRole("button", { name: "Send my answers" }).click();
      await expect(page.getByText("Choose how much you have gained, from 1 to 5.")).toBeVisible();
    }
    await question("How much have you gained from the programme so far?")
      .getByLabel(String(3 + (k % 3)), { exact: true })
      .check();
    await question("How would you rate your overall experience of the programme?").getByLabel("4", { exact: true }).check();
    await question("How useful is the programme to your work?").getByLabel("4", { exact: true }).check();
    await question("How useful are the programme's resources (guides, templates, training)?")
      .getByLabel(k < 3 ? "2" : "3", { exact: true })
      .check();
    if (k === 1)
      await page.getByLabel("What should the programme office change or add? (optional)").fill("A template for goals.");
    await page.getByRole("button", { name: "Send my answers" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Thank you: your answers are in." }).first()).toBeVisible();

    if (k === 3) {
      // Four answers: nothing about them shows.
      await loginAs("Coordinator");
      await openCheckIns(page);
      await expect(thisMonthsRound(page)).toContainText("4 of 10 answered");
      await expect(thisMonthsRound(page).getByRole("table")).toHaveCount(0);
      await expect(thisMonthsRound(page).getByTestId("feedback-results-withheld")).toBeVisible();
    }
  }

  await loginAs("Coordinator");
  await openCheckIns(page);
  const round = thisMonthsRound(page);
  await expect(round).toContainText("5 of 10 answered");
  // Still open: the totals would move with each answer, so they wait for the close.
  await expect(round.getByRole("table")).toHaveCount(0);
  page.once("dialog", (dialog) => void dialog.accept());
  await round.getByRole("button", { name: "Close the round now" }).click();
  const totals = round.getByRole("table");
  await expect(totals).toBeVisible();
  await expect(totals.getByRole("row", { name: /How useful is the programme to your work\?/ })).toContainText("4.0");
  await expect(round.getByText("A template for goals.")).toBeVisible();
  await expectAccessible();

  await round.getByText("Tell the mentors what you changed").click();
  await round.getByLabel("You said").fill("You asked for a template for goals.");
  await round.getByLabel("We did").fill("A goal template is now in the programme's resources.");
  await round.getByRole("button", { name: "Post to participants" }).click();
  await expect(round.getByText("We did: A goal template is now in the programme's resources.")).toBeVisible();

  await loginAs("Aisha Bello", "/me/mentoring");
  await expect(page.getByTestId("you-said-we-did")).toContainText("A goal template is now in the programme's resources.");
  await expectAccessible();
});

import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openProgrammeSection } from "./programmes";

const programme = "Leadership Accelerator 2026";

async function openSurveys(page: Page) {
  await openProgrammeSection(page, programme, "Surveys");
  await expect(page.getByRole("heading", { name: "Start a survey" })).toBeVisible();
}

test("the coordinator builds a survey, a mentee answers it from the inbox, and anonymous results wait for five answers", async ({
  page,
  loginAs,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  const title = `Quick check ${Date.now().toString(36)}`;
  await loginAs("Coordinator");
  await openSurveys(page);
  await expectAccessible();
  await page.getByRole("link", { name: "Start from scratch" }).click();
  await expect(page.getByRole("heading", { name: "New survey" })).toBeVisible();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Ask").selectOption("MENTEES");
  await page.getByLabel("Send", { exact: true }).selectOption("ON_DATE");
  await page.getByLabel("Send on").fill("2020-01-01");

  // An empty question is named at its field before anything is sent.
  await page.getByRole("button", { name: "Save and start sending" }).click();
  await expect(page.getByText("Write the question.")).toBeVisible();
  await page
    .getByRole("listitem", { name: "Question 1" })
    .getByLabel("Question 1", { exact: true })
    .fill("How useful are your sessions?");
  await page.getByRole("button", { name: "Add a question" }).click();
  const second = page.getByRole("listitem", { name: "Question 2" });
  await second.getByLabel("Question 2", { exact: true }).fill("Would you take part again?");
  await second.getByLabel("Kind").selectOption("SINGLE_CHOICE");
  await second.getByLabel("Choices, one per line").fill("Yes\nMaybe\nNo");
  await expectAccessible();

  // A day in the past is refused by the server at its field, and nothing is saved.
  await page.getByRole("button", { name: "Save and start sending" }).click();
  await expect(page.getByText("Pick today or a later day.")).toBeVisible();
  await expect(page).toHaveURL(/\/surveys\/new$/);

  await page.getByLabel("Send on").fill(new Date().toISOString().slice(0, 10));
  await expect(page.getByTestId("schedule-preview")).toContainText("On ");
  await page.getByRole("button", { name: "Save and start sending" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByTestId("survey-response-rate")).toContainText(/0 of \d+ asked have answered/);
  await expectAccessible();

  await loginAs("Mentee", "/me/inbox");
  await page.getByRole("link", { name: `${programme}: ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("This survey is anonymous: nobody sees your answers on their own.")).toBeVisible();
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByText("Choose from 1 to 5.")).toBeVisible();
  await expect(page.getByText("Choose one.")).toBeVisible();
  await page.getByRole("group", { name: "1. How useful are your sessions?" }).getByLabel("4", { exact: true }).check();
  await page.getByRole("group", { name: "2. Would you take part again?" }).getByLabel("Yes").check();
  await expectAccessible();
  await page.getByRole("button", { name: "Send my answers" }).click();
  // The form's thank-you gives way to the page's own once the page refreshes with the answer.
  await expect(page.getByRole("status").filter({ hasText: "Thank you: your answers are in" }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByText(/You answered this survey on/)).toBeVisible();

  await loginAs("Coordinator");
  await openSurveys(page);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByTestId("survey-response-rate")).toContainText(/1 of \d+ asked have answered/);
  await expect(page.getByTestId("survey-results-rule")).toContainText("They appear once 5 people have answered.");
  await expect(page.getByTestId("survey-results-withheld")).toHaveCount(2);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Close the survey" }).click();
  // Closed: the button goes and the header says when.
  await expect(page.getByText(/^Closed on \d/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Close the survey" })).toHaveCount(0);
});

test("the demo's mentee survey shows its first group of five answers as charts, comments without names", async ({
  page,
  loginAs,
  expectAccessible,
}) => {
  await loginAs("Coordinator");
  await openSurveys(page);
  await page.getByRole("link", { name: "How is your mentor helping?" }).click();
  await expect(page.getByTestId("survey-response-rate")).toContainText(/7 of \d+ asked have answered/);
  await expect(page.getByTestId("survey-results-rule")).toContainText("Showing 5 answers; the other 2 join");
  await expect(page.getByRole("img", { name: /My mentor makes time for our sessions/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /What has your mentor helped you with so far\?/ })).toBeVisible();
  await expectAccessible();
});

test("a mentee asks for 360 feedback, colleagues and the manager answer from their inbox, and the mentee sees only combined ratings", async ({
  page,
  loginAs,
  expectAccessible,
}) => {
  test.setTimeout(150_000);
  const colleagues = ["Carlos Mendoza", "Hannah Cohen", "Chloe Martin"];
  await loginAs("Mentee", "/me/mentoring");
  await page.getByRole("link", { name: "360 feedback" }).first().click();
  await expect(page.getByRole("heading", { name: "Ask for feedback at the start" })).toBeVisible();
  await page
    .getByLabel("What should they rate? One behaviour per line")
    .fill("Explains technical decisions clearly\nAsks for help early");
  // Two colleagues are not enough: the error sits at the list, and nobody is asked.
  for (const name of colleagues.slice(0, 2)) await page.getByRole("checkbox", { name }).check();
  await page.getByRole("button", { name: "Ask for 360 feedback" }).click();
  await expect(page.getByText("Choose at least 3 colleagues.")).toBeVisible();
  // The search covers the whole directory, not only the department; a choice stays while the list changes.
  const search = page.getByLabel("Find a colleague anywhere in the organisation");
  // Someone who is never Lena's mentor or manager, whichever of her pairs this is.
  await search.fill("Yuki Tan");
  await page.getByRole("checkbox", { name: /^Yuki Tanaka\s*Chief Financial Officer · Finance$/ }).check();
  await search.fill("Chloe");
  await page.getByRole("checkbox", { name: colleagues[2]! }).check();
  await page.getByRole("button", { name: "Remove Yuki Tanaka" }).click();
  await expect(page.getByText("Chosen: 3")).toBeVisible();
  await expect(page.getByLabel("Ask my manager, Tomasz Nowak, too")).toBeChecked();
  await expectAccessible();
  await page.getByRole("button", { name: "Ask for 360 feedback" }).click();
  await expect(page.getByText("Asked: 4 people will find your request in their inbox.")).toBeVisible();

  const answer = async (person: string, score: string, share?: boolean) => {
    await loginAs(person, "/me/inbox");
    await page.getByRole("link", { name: "Lena Fischer asks for your view: 360 feedback" }).first().click();
    await expect(page.getByTestId("survey-privacy")).toContainText("Lena Fischer asked for this and sees the answers");
    await page.getByRole("group", { name: "1. Explains technical decisions clearly" }).getByLabel(score, { exact: true }).check();
    await page.getByRole("group", { name: "2. Asks for help early" }).getByLabel("4", { exact: true }).check();
    if (share !== undefined) {
      const box = page.getByLabel("Lena Fischer may see my answers, apart from the colleagues'.");
      if (share) await box.check();
    }
    await page.getByRole("button", { name: "Send my answers" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Thank you: your answers are in" }).first()).toBeVisible();
  };
  await answer(colleagues[0]!, "3");
  await answer("Tomasz Nowak", "4", true);
  await expectAccessible();

  await loginAs("Mentee", "/me/mentoring");
  await page.getByRole("link", { name: "360 feedback" }).first().click();
  const start = page.getByTestId("three-sixty-start");
  await expect(start).toContainText("Colleagues' ratings appear once 3 of them have answered");

  await answer(colleagues[1]!, "4");
  await answer(colleagues[2]!, "5");
  await loginAs("Mentee", "/me/mentoring");
  await page.getByRole("link", { name: "360 feedback" }).first().click();
  await expect(start).toContainText("From 3 colleagues.");
  await expect(start.getByRole("row", { name: /Explains technical decisions clearly/ })).toContainText("4.0");
  await expect(start.getByRole("columnheader", { name: "Tomasz Nowak" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ask again at the end" })).toBeVisible();
  await expectAccessible();
});

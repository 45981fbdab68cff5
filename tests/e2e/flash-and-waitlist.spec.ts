import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openProgramme } from "./programmes";

async function apply(page: Page, name: string, role: "Mentor" | "Mentee") {
  await page.goto("/enrol");
  await page
    .getByRole("article", { name })
    .getByRole("link", { name: `Apply to ${name}` })
    .click();
  await page.getByRole("radio", { name: role, exact: true }).check();
  await page.getByLabel("I have read the code of conduct and agree to follow it").check();
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.getByText("Application under review")).toBeVisible();
}

async function reviewApplications(page: Page, name: string) {
  await page.goto("/programs");
  await page.getByRole("link", { name }).click();
  await page.getByRole("link", { name: "Review applications" }).click();
}

test("a flash round runs from matching to its logged conversation, and the mentee goes back into the pool for someone new", async ({
  page,
  loginAs,
  loginAsPerson,
  expectAccessible,
}) => {
  // A long journey: a programme from scratch, three applications, two rounds.
  test.setTimeout(300_000);
  const name = `Flash Clinic ${Date.now()}`;
  page.on("dialog", (dialog) => void dialog.accept());
  await loginAs("Coordinator");
  await openProgramme(page, {
    name,
    type: "Flash (one-off)",
    purpose: "Quick answers from colleagues who have done it.",
    goal: "Unblock people fast",
    objective: "80% say the conversation helped",
  });
  // Flash programmes say how long a conversation has and how many a quarter.
  await page.getByRole("navigation", { name: "Programme sections" }).getByRole("link", { name: "Design" }).click();
  await expect(page.getByLabel("Days for each conversation")).toHaveValue("30");
  await expect(page.getByLabel("Conversations per mentee per quarter")).toHaveValue("3");

  await loginAsPerson("Julia Novak");
  await apply(page, name, "Mentor");
  await loginAsPerson("Peter Novak");
  await apply(page, name, "Mentor");
  await loginAsPerson("Liam O'Connor");
  await apply(page, name, "Mentee");

  await loginAs("Coordinator");
  await reviewApplications(page, name);
  for (const person of ["Julia Novak", "Peter Novak", "Liam O'Connor"]) await page.getByLabel(`Select ${person}`).check();
  await page.getByRole("button", { name: "Approve 3" }).click();
  await expect(page.getByText("3 applications decided; applicants have been notified.")).toBeVisible();

  const tabs = page.getByRole("navigation", { name: "Programme sections" });
  const runAndPublish = async () => {
    await tabs.getByRole("link", { name: "Matching" }).click();
    await page.getByRole("button", { name: /^(Run matching|Re-run matching \(keeps locks\))$/ }).click();
    await expect(page.getByText("Proposed 1 pair.")).toBeVisible();
    const proposals = page.getByRole("table", { name: "Proposed pairs" });
    const mentor = (await proposals.locator("tbody tr").first().locator("td").nth(0).locator("p").first().textContent())!;
    await page.getByRole("button", { name: "Publish and notify" }).click();
    await expect(page.getByText(/Last published: 1 pair on /)).toBeVisible();
    return mentor;
  };
  const firstMentor = await runAndPublish();

  // The mentee logs the one conversation: the pair completes there and then.
  await loginAsPerson("Liam O'Connor");
  await page.goto("/me/mentoring");
  await expect(page.getByTestId("flash-status")).toContainText("completes when you log it");
  await page.getByRole("link", { name: "Open pair workspace" }).click();
  await page.getByText("Log a session you did not book here").click();
  const form = page.locator("details", { hasText: "Log a session you did not book here" });
  await form.getByLabel("Date").fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
  await form.getByLabel("Started").fill("10:00");
  await form.getByLabel("Ended").fill("10:45");
  await form.getByLabel("Place, link or number").fill("https://meet.example.com/flash");
  await form.getByLabel("How useful was it?").selectOption("5");
  await form.getByLabel("Progress").fill("Learnt how to read a cash-flow forecast.");
  await form.getByRole("button", { name: "Log this session" }).click();
  await expect(page.getByTestId("flash-status")).toContainText("Conversation complete on");
  await expect(page.getByTestId("flash-status")).toContainText("You are back in the pool");
  await expectAccessible();

  // Both are asked two questions.
  await page.goto("/me/mentoring");
  await page.getByRole("link", { name: "Answer two questions" }).click();
  await page.getByRole("group", { name: "How useful was the conversation to you?" }).getByLabel("5", { exact: true }).check();
  await page
    .getByRole("group", { name: "How likely are you to recommend this programme to a colleague?" })
    .getByLabel("9", { exact: true })
    .check();
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank you: your answers are in." }).first()).toBeVisible();
  await expectAccessible();

  // The next round pairs the mentee with the other mentor, never the same one.
  await loginAs("Coordinator");
  await page.goto("/programs");
  await page.getByRole("link", { name }).click();
  await tabs.getByRole("link", { name: "Pairs" }).click();
  await expect(page.getByText("Round 1 · complete")).toBeVisible();
  const secondMentor = await runAndPublish();
  expect(secondMentor).not.toBe(firstMentor);
  expect([firstMentor, secondMentor].sort()).toEqual(["Julia Novak", "Peter Novak"]);
  await tabs.getByRole("link", { name: "Pairs" }).click();
  await expect(page.getByText(/Round 2 ·/)).toBeVisible();
});

test("the coordinator moves a waitlisted mentee to the top, and that person is offered the freed place", async ({
  page,
  loginAs,
  loginAsPerson,
  expectAccessible,
}) => {
  test.setTimeout(180_000);
  const name = `Queue Order ${Date.now()}`;
  page.on("dialog", (dialog) => void dialog.accept());
  await loginAs("Coordinator");
  await openProgramme(page, {
    name,
    type: "One-to-one",
    purpose: "Quick answers from colleagues who have done it.",
    goal: "Unblock people fast",
    objective: "80% say the conversation helped",
    targetMentees: "1",
  });
  for (const person of ["Ibrahim Hassan", "Hye-jin Park", "Kenji Watanabe"]) {
    await loginAsPerson(person);
    await apply(page, name, "Mentee");
  }

  await loginAs("Coordinator");
  await reviewApplications(page, name);
  await page.getByLabel("Select Ibrahim Hassan").check();
  await page.getByRole("button", { name: "Approve 1" }).click();
  await expect(page.getByText("1 application decided; applicants have been notified.")).toBeVisible();
  for (const person of ["Hye-jin Park", "Kenji Watanabe"]) {
    await page.getByLabel(`Select ${person}`).check();
    await page.getByRole("button", { name: "Waitlist" }).click();
    await expect(page.getByText("1 application decided; applicants have been notified.")).toBeVisible();
  }

  // By decision time Hye-jin is first; the coordinator moves Kenji up with the keyboard-friendly button.
  const list = page.getByRole("list", { name: "Mentees waiting, in order" });
  await expect(list.getByTestId("waitlist-row").first()).toContainText("Hye-jin Park");
  await list.getByRole("button", { name: "Move Kenji Watanabe up" }).click();
  await expect(page.getByText("Waiting list order saved.")).toBeVisible();
  await expect(list.getByTestId("waitlist-row").first()).toContainText("Kenji Watanabe");
  await page.reload();
  await expect(page.getByRole("list", { name: "Mentees waiting, in order" }).getByTestId("waitlist-row").first()).toContainText(
    "Kenji Watanabe",
  );
  await expectAccessible();

  const openFromCatalogue = async () => {
    await page.goto("/enrol");
    await page.getByRole("article", { name }).getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  };
  await loginAsPerson("Kenji Watanabe");
  await openFromCatalogue();
  await expect(page.getByText("You are number 1 of 2 on the waiting list.")).toBeVisible();

  await loginAsPerson("Ibrahim Hassan");
  await openFromCatalogue();
  await page.getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "As mentee, applied" })).toContainText("Withdrawn");

  await loginAsPerson("Kenji Watanabe");
  await openFromCatalogue();
  await expect(page.getByText(/A place is free for you\. Take it by \d+ \w+ \d{4}/)).toBeVisible();
  await page.getByRole("button", { name: "Take the place" }).click();
  await expect(page.getByText("Approved", { exact: true })).toBeVisible();

  await loginAsPerson("Hye-jin Park");
  await openFromCatalogue();
  await expect(page.getByText("You are number 1 of 1 on the waiting list.")).toBeVisible();
});

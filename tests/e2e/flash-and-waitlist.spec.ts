import { expect, test } from "./fixtures";
import {
  applyTo,
  openFromCatalogue,
  openProgramme,
  openProgrammeSection,
  reviewApplications,
  takeOfferedPlace,
  withdrawFrom,
} from "./programmes";

// Both journeys build the same kind of programme; only its type and size differ.
const quickAnswers = {
  purpose: "Quick answers from colleagues who have done it.",
  goal: "Unblock people fast",
  objective: "80% say the conversation helped",
};

test("a flash round runs from matching to its logged conversation, and the mentee goes back into the pool for someone new", async ({
  page,
  loginAs,
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
    ...quickAnswers,
  });
  // Flash programmes say how long a conversation has and how many a quarter.
  await page.getByRole("navigation", { name: "Programme sections" }).getByRole("link", { name: "Design" }).click();
  await expect(page.getByLabel("Days for each conversation")).toHaveValue("30");
  await expect(page.getByLabel("Conversations per mentee per quarter")).toHaveValue("3");

  await loginAs("Julia Novak");
  await applyTo(page, name, "Mentor");
  await loginAs("Peter Novak");
  await applyTo(page, name, "Mentor");
  await loginAs("Liam O'Connor");
  await applyTo(page, name, "Mentee");

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
  await loginAs("Liam O'Connor", "/me/mentoring");
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
  await openProgrammeSection(page, name, "Pairs");
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
  expectAccessible,
}) => {
  test.setTimeout(180_000);
  const name = `Queue Order ${Date.now()}`;
  page.on("dialog", (dialog) => void dialog.accept());
  await loginAs("Coordinator");
  await openProgramme(page, {
    name,
    type: "One-to-one",
    ...quickAnswers,
    targetMentees: "1",
  });
  for (const person of ["Ibrahim Hassan", "Hye-jin Park", "Kenji Watanabe"]) {
    await loginAs(person);
    await applyTo(page, name, "Mentee");
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

  await loginAs("Kenji Watanabe");
  await openFromCatalogue(page, name);
  await expect(page.getByText("You are number 1 of 2 on the waiting list.")).toBeVisible();

  await loginAs("Ibrahim Hassan");
  await withdrawFrom(page, name);

  await loginAs("Kenji Watanabe");
  await takeOfferedPlace(page, name);

  await loginAs("Hye-jin Park");
  await openFromCatalogue(page, name);
  await expect(page.getByText("You are number 1 of 1 on the waiting list.")).toBeVisible();
});

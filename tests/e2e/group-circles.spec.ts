import { expect, test } from "./fixtures";
import { openProgrammeSection } from "./programmes";

const programme = "Team Lead Circles";

test("a circle goes from matching to its first group session, with who came, and the programme office sees attendance but not the notes", async ({
  page,
  loginAs,
  expectAccessible,
}) => {
  test.setTimeout(240_000);
  const topic = "Saying no to a senior stakeholder";
  const tabs = page.getByRole("navigation", { name: "Programme sections" });
  // Publishing asks for confirmation.
  page.on("dialog", (dialog) => void dialog.accept());

  // The coordinator matches the next circle: one mentor, two mentees, published as one group.
  await loginAs("Coordinator");
  await openProgrammeSection(page, programme, "Pairs");
  const groups = page.getByRole("list", { name: "Groups" });
  await expect(groups.getByRole("listitem")).toHaveCount(2);
  await expectAccessible();
  await tabs.getByRole("link", { name: "Matching" }).click();
  await page.getByRole("button", { name: /^(Run matching|Re-run matching \(keeps locks\))$/ }).click();
  await expect(page.getByText("Proposed 2 pairs.")).toBeVisible();
  await page.getByRole("button", { name: "Publish and notify" }).click();
  await expect(page.getByText(/Last published: 2 pairs on /)).toBeVisible();
  await tabs.getByRole("link", { name: "Pairs" }).click();
  await expect(groups.getByRole("listitem")).toHaveCount(3);
  await groups.getByRole("link", { name: "Henrik Berg's circle" }).click();
  await expect(page.getByRole("heading", { name: "Henrik Berg's circle" })).toBeVisible();
  const members = page.getByRole("table", { name: "Members of the group" });
  await expect(members.getByRole("row", { name: /Henrik Berg.*Mentor/ })).toBeVisible();
  await expect(members.getByRole("row", { name: /Ava Thompson.*Mentee/ })).toBeVisible();
  await expect(members.getByRole("row", { name: /Samuel Adeyemi.*Mentee/ })).toBeVisible();
  await expectAccessible();

  // The mentor finds the circle in My mentoring and logs its first session, with who came.
  await loginAs("Henrik Berg", "/me/mentoring");
  await page
    .getByRole("listitem")
    .filter({ hasText: "Henrik Berg's circle" })
    .getByRole("link", { name: "Open group page" })
    .click();
  await expect(page.getByRole("heading", { name: "Henrik Berg's circle" })).toBeVisible();
  const roster = page.getByRole("list", { name: "Members" });
  await expect(roster.getByRole("listitem").filter({ hasText: "Samuel Adeyemi" })).toContainText("Mentee");
  await expect(roster.getByRole("listitem").filter({ hasText: "Henrik Berg" })).toContainText("Mentor");
  await page.getByRole("button", { name: "Sign version 1" }).click();
  await expect(page.getByText(/^✓ You signed on/)).toBeVisible();
  await page.getByText("Log a session you did not book here").click();
  const form = page.locator("details", { hasText: "Log a session you did not book here" });
  await form.getByLabel("Date").fill(new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10));
  await form.getByLabel("Started").fill("16:00");
  await form.getByLabel("Ended").fill("17:15");
  await form.getByLabel("Place, link or number").fill("https://meet.example.com/circle");
  // Samuel could not come.
  await form.getByRole("group", { name: "Who came" }).getByLabel("Samuel Adeyemi").uncheck();
  await form.getByLabel("How useful was it?").selectOption("4");
  await form.getByLabel("What you talked about").fill(topic);
  await form.getByLabel("Progress").fill("Each of us rehearsed a no with a reason and an offer.");
  await form.getByRole("button", { name: "Log this session" }).click();
  await expect(page.getByText("Logged, with 1 mentee attending.")).toBeVisible();
  const logged = page.getByTestId("logged-group-session");
  await expect(logged.getByTestId("attendance")).toContainText("Came: Ava Thompson");
  await expect(logged.getByTestId("attendance")).toContainText("Missed: Samuel Adeyemi");
  await expectAccessible();

  // A mentee reads the notes and who came, and signs the group agreement.
  await loginAs("Ava Thompson", "/me/mentoring");
  await page.getByRole("link", { name: "Open group page" }).click();
  await expect(page.getByTestId("logged-group-session")).toContainText(topic);
  await expect(page.getByText("Not yet signed by everyone")).toBeVisible();
  await page.getByRole("button", { name: "Sign version 1" }).click();
  await expect(page.getByText(/^✓ You signed on/)).toBeVisible();
  await expectAccessible();

  // The programme office sees the session and who came, never what was said.
  await loginAs("Coordinator");
  await openProgrammeSection(page, programme, "Pairs");
  await groups.getByRole("link", { name: "Henrik Berg's circle" }).click();
  const session = page.getByTestId("office-group-session");
  await expect(session).toHaveCount(1);
  await expect(session).toContainText("Ava Thompson");
  await expect(session).toContainText("Samuel Adeyemi");
  await expect(session).toContainText("4 / 5");
  await expect(page.getByText(topic)).toHaveCount(0);
  await expect(page.getByText("Signed", { exact: false }).first()).toBeVisible();
  await expectAccessible();
});

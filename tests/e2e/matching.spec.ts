import { expect, tabTo, test } from "./fixtures";

test("a coordinator tunes, runs, explains, locks, re-runs and publishes; both people see why", async ({
  page,
  loginAs,
  expectAccessible,
}) => {
  await loginAs("Coordinator", "/matching");
  await page.getByRole("link", { name: "Open workspace for Spring Mentoring Cohort 2027" }).click();
  await expect(page).toHaveURL(/\/programs\/[^/]+\/matching$/);
  await expect(page.getByRole("heading", { name: "Spring Mentoring Cohort 2027" })).toBeVisible();
  const tabs = page.getByRole("navigation", { name: "Programme sections" });
  await expect(tabs.getByRole("link", { name: "Matching" })).toHaveAttribute("aria-current", "page");

  // Tune: weights are chosen by name (off to very high), and the choice is kept.
  const interests = page.getByLabel("Shared interests");
  await expect(interests.locator("option")).toHaveText(["Off", "Low", "Normal", "High", "Very high"]);
  await interests.selectOption({ label: "High" });
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Matching settings saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Shared interests").locator("option:checked")).toHaveText("High");

  await tabTo(page, "Run matching");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Proposed 12 pairs.")).toBeVisible();
  const proposals = page.getByRole("table", { name: "Proposed pairs" });
  await expect(proposals.locator("tbody tr")).toHaveCount(12);
  await expectAccessible();

  // Open one explanation: its parts add up to the score shown in the row.
  const first = proposals.locator("tbody tr").first();
  // Mentor first, then mentee, as on every list of pairs.
  await expect(proposals.locator("thead th").nth(0)).toHaveText("Mentor");
  await expect(proposals.locator("thead th").nth(1)).toHaveText("Mentee");
  const mentor = (await first.locator("td").nth(0).locator("p").first().textContent())!;
  const mentee = (await first.locator("td").nth(1).locator("p").first().textContent())!;
  await first.locator("summary").click();
  await expect(first.getByText(/Contributions add up to the pair score of \d+%/)).toBeVisible();

  // Lock that pair, re-run, and it is still there, marked locked.
  await first.getByRole("button", { name: "Lock" }).click();
  await expect(first.getByText("Saved. Run matching again to apply it.")).toBeVisible();
  await page.getByRole("button", { name: "Re-run matching (keeps locks)" }).click();
  await expect(page.getByText("Proposed 12 pairs.")).toBeVisible();
  const lockedRow = proposals.locator("tbody tr", { hasText: mentee });
  await expect(lockedRow).toContainText(mentor);
  await expect(lockedRow.getByText("Locked", { exact: true })).toBeVisible();

  // Publishing by keyboard alone: Tab to the button from the top of the page, then Enter.
  page.once("dialog", (dialog) => dialog.accept());
  await page.locator("body").focus();
  await tabTo(page, "Publish and notify");
  await page.keyboard.press("Enter");
  await expect(page.getByText(/Last published: 12 pairs on .*; everyone in them was notified\./)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Live pairs" })).toBeVisible();
  // Right after publishing, the workspace says what comes next, and the overview offers it.
  await page.getByRole("link", { name: "Start the programme on the Overview" }).click();
  await expect(page.getByRole("heading", { name: "Start the programme" })).toBeVisible();
  await expect(page.getByText(/Pairs start meeting/).first()).toBeVisible();
  await tabs.getByRole("link", { name: "Pairs" }).click();
  await expect(page.getByRole("link", { name: new RegExp(`Mentor ${mentor} · Mentee ${mentee}`) })).toBeVisible();

  await loginAs(mentee, "/me/mentoring");
  // The mentee may be in another programme's pair too: read the card of this one.
  const pairCard = page.locator("section", { has: page.getByRole("heading", { name: `My mentor: ${mentor}` }) });
  await expect(pairCard).toBeVisible();
  await expect(page.getByText(`Meet your mentor: ${mentor}`)).toBeVisible();
  await pairCard.getByText("Why you were paired", { exact: true }).click();
  await expect(pairCard.getByText("Skills coverage").first()).toBeVisible();
  await expectAccessible();

  await loginAs(mentor, "/me/mentoring");
  await expect(page.getByRole("heading", { name: `My mentee: ${mentee}` })).toBeVisible();
});

test("a mentee asks for a mentor and the mentor accepts", async ({ page, loginAs }) => {
  await loginAs("Mentee", "/me/mentoring");
  await page.getByRole("link", { name: "Find a mentor" }).click();
  await expect(page.getByRole("heading", { name: "Find a mentor" })).toBeVisible();
  const firstChoice = page.getByRole("checkbox").first();
  const label = (await page.locator("label", { has: firstChoice }).locator("span.font-semibold").first().textContent())!;
  const mentorName = label.replace(/^#\d+/, "").split(" · ")[0]!.trim();
  await firstChoice.check();
  await page.getByLabel("A note for your mentors (optional)").fill("I would love help with stakeholder management.");
  await page.getByRole("button", { name: "Ask 1 mentor" }).click();
  await expect(page.getByText(`Your request is with ${mentorName}.`)).toBeVisible();
  await expect(page.getByText("Asked, awaiting reply")).toBeVisible();

  await loginAs(mentorName, "/me/mentoring");
  const requests = page.locator("section", { hasText: "Mentoring requests for you" });
  await expect(requests.getByText("I would love help with stakeholder management.")).toBeVisible();
  await requests.getByRole("button", { name: "Accept Lena Fischer" }).click();
  await expect(page.getByRole("heading", { name: "My mentee: Lena Fischer" })).toBeVisible();

  await loginAs("Mentee", "/me/mentoring");
  await expect(page.getByRole("heading", { name: `My mentor: ${mentorName}` })).toBeVisible();
  await expect(page.getByText(`${mentorName} accepted: meet your mentor`)).toBeVisible();
});

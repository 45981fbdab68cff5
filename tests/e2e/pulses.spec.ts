import { expect, test } from "./fixtures";

// Charlotte Evans mentors Priya Nair; the demo asks them their 30-day pulse and leaves it unanswered,
// and they met recently, so nothing else puts them on the queue. No other journey answers it.
test("a mentee answers a pulse from the inbox and the pair appears on the coordinator's queue", async ({
  page,
  loginAs,
  expectAccessible,
}) => {
  await loginAs("Priya Nair", "/me/inbox");
  await page.getByRole("link", { name: "How is your mentoring with Charlotte Evans going?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "How is it going with Charlotte Evans?" })).toBeVisible();
  await expect(page.getByText("Your coordinator will see that your pairing needs attention, not your answers.")).toBeVisible();
  await expectAccessible();

  // A question left out is named at its field, and nothing is sent.
  const question = (name: string) => page.getByRole("group", { name });
  await question("How satisfied are you with your mentoring relationship?").getByLabel("4", { exact: true }).check();
  await question("How much progress are you making towards your goals?").getByLabel("2", { exact: true }).check();
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByText("Choose how well the pairing fits, from 1 to 5.")).toBeVisible();

  await question("How well does your pairing fit you?").getByLabel("3", { exact: true }).check();
  await question("How likely are you to recommend this programme to a colleague?").getByLabel("6", { exact: true }).check();
  await page.getByRole("button", { name: "Send my answers" }).click();
  // The form gives way to the answered state, which stays on a reload.
  await expect(page.getByRole("status").filter({ hasText: "Thank you: your answers are in." }).first()).toBeVisible();
  await expectAccessible();
  await page.reload();
  await expect(page.getByText(/You answered this pulse on/)).toBeVisible();

  await loginAs("Coordinator", "/check-ins");
  const item = page.getByRole("list", { name: "Check-in queue" }).getByRole("listitem").filter({ hasText: "Priya Nair" });
  await expect(item).toContainText("A low pulse at 30 days: pairing needs attention");
  // The coordinator reads that the pairing needs attention, never the answers.
  await expect(item).not.toContainText("How much progress");
  await expectAccessible();
});

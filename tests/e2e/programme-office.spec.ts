import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const shots = "/work/wt/shots/issue-10";

async function screenshots(page: Page, name: string) {
  if (!process.env.SHOTS) return;
  mkdirSync(shots, { recursive: true });
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1360, height: 900 });
}

test("the coordinator records a check-in on a quiet pair and it leaves the queue", async ({
  page,
  loginAs,
  expectAccessible,
}) => {
  await loginAs("Coordinator", "/check-ins");
  const queue = page.getByRole("list", { name: "Check-in queue" });
  // Victoria Sterling and Emily Johnson last met 45 days ago in the demo; no other journey touches them.
  const quiet = queue
    .getByRole("listitem")
    .filter({ hasText: "Emily Johnson" })
    .filter({ hasText: /No session for \d+ days/ });
  await expect(quiet).toBeVisible();
  const pair = (await quiet.getAttribute("aria-label"))!;
  await expectAccessible();
  await screenshots(page, "check-ins");

  const item = queue.getByRole("listitem", { name: pair, exact: true });
  await item.getByText("Record a check-in").click();
  const form = item.locator("form").first();
  await form.getByLabel("How it is going").selectOption("NEEDS_SUPPORT");
  await form.getByLabel("Note").fill("Both busy with the launch; agreed to meet next week.");
  // A follow-up before the check-in is refused at the field, and nothing is recorded.
  await form.getByLabel("Follow up on (optional)").fill("2020-01-01");
  await form.getByRole("button", { name: "Record check-in" }).click();
  await expect(form.getByText("The follow-up must be after the check-in.")).toBeVisible();
  await expect(item).toBeVisible();

  await form.getByLabel("Follow up on (optional)").fill("");
  await form.getByRole("button", { name: "Record check-in" }).click();
  await expect(queue.getByRole("listitem", { name: pair, exact: true })).toHaveCount(0);
});

test("a person reads their inbox and chooses how each kind reaches them", async ({ page, loginAs, expectAccessible }) => {
  await loginAs("Mentee", "/me/inbox");
  await expect(page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
  await page.getByLabel("Reminders when your pair has not met for a while").selectOption("OFF");
  await page.getByRole("button", { name: "Save e-mail choices" }).click();
  await expect(page.getByText("Your e-mail choices are saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Reminders when your pair has not met for a while")).toHaveValue("OFF");
  await expect(page.getByText("A match is published for you")).toBeVisible();
  await expectAccessible();
  await screenshots(page, "inbox");
});

test("the administrator sees the background jobs and a schedule that does not parse is refused", async ({
  page,
  loginAs,
  expectAccessible,
}) => {
  await loginAs("Administrator", "/admin/jobs");
  const digest = page.getByRole("listitem").filter({ hasText: "Sends each person their weekly digest" });
  await expect(digest).toBeVisible();
  await expect(digest).toContainText("Next run:");
  await digest.getByLabel("Schedule (cron)").fill("every monday");
  await digest.getByRole("button", { name: "Save schedule" }).click();
  await expect(digest.getByText(/not a cron expression Pairwise can read/)).toBeVisible();
  await digest.getByLabel("Schedule (cron)").fill("0 7 * * 1");
  await digest.getByRole("button", { name: "Save schedule" }).click();
  await expect(digest.getByText(/Schedule saved\. Next run:/)).toBeVisible();
  await expectAccessible();
  await screenshots(page, "jobs");
});

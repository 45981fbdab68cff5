import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Robert Hughes mentors Noah Fitzgerald (New York and London): the demo seeds their logged
// sessions but no agreement and nothing booked, so the journeys below create what they change.
const pairPath = "/me/mentoring/seed-match-4";

async function openPair(page: Page) {
  await page.goto(pairPath);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Robert Hughes|Noah Fitzgerald/);
}

async function downloadInvite(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Add to calendar (.ics)" }).first().click(),
  ]);
  return readFile((await download.path())!, "utf8");
}

test.describe.configure({ mode: "serial" });

test("the mentee proposes a suggested slot, the mentor accepts, and both get the same valid invite", async ({
  page,
  loginAs,
}) => {
  await loginAs("Noah Fitzgerald", "/me/mentoring");
  await page.getByRole("link", { name: "Open pair workspace" }).click();
  await expect(page).toHaveURL(new RegExp(`${pairPath}$`));
  const schedule = page.locator("#schedule");
  const slot = schedule.getByRole("button", { name: /for Robert/ }).first();
  await slot.click();
  await expect(schedule.getByLabel("Date")).not.toHaveValue("");
  await schedule.getByLabel("Video link").fill("https://meet.example.com/noah-robert");
  await schedule.getByRole("button", { name: "Send to Robert" }).click();
  await expect(schedule.getByRole("status")).toContainText("Proposed.");
  await expect(page.locator("#upcoming").getByText("Waiting for an answer")).toBeVisible();

  await loginAs("Robert Hughes");
  await openPair(page);
  await expect(page.getByText("Answer Noah Fitzgerald's proposed time").first()).toBeVisible();
  await page.locator("#upcoming").getByRole("button", { name: "Accept" }).click();
  await expect(page.locator("#upcoming").getByText("Booked", { exact: true })).toBeVisible();
  const mentorInvite = await downloadInvite(page);

  await loginAs("Noah Fitzgerald");
  await openPair(page);
  const menteeInvite = await downloadInvite(page);
  for (const ics of [mentorInvite, menteeInvite]) {
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain("METHOD:REQUEST");
    expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    expect(ics.replace(/\r\n /g, "")).toContain("mailto:noah.fitzgerald@northwind.example");
    expect(ics.replace(/\r\n /g, "")).toMatch(/MAILTO:robert.hughes@northwind.example/i);
  }
  const uid = (ics: string) => /UID:(.+)\r\n/.exec(ics)?.[1];
  expect(uid(menteeInvite)).toBe(uid(mentorInvite));
});

test("the mentor logs a session; the mentee confirms it and reads only the shared note; the office reads neither", async ({
  page,
  loginAs,
}) => {
  const shared = `Practised the pricing conversation ${Date.now()}`;
  const secret = `Private doubt about my own coaching ${Date.now()}`;
  const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);

  await loginAs("Coordinator", "/evaluation");
  const row = page.getByRole("row", { name: /Leadership Accelerator 2026/ }).first();
  const before = await row.innerText();

  await loginAs("Robert Hughes");
  await openPair(page);
  await page.getByText("Log a session you did not book here").click();
  const form = page.locator("details", { hasText: "Log a session you did not book here" });
  await form.getByLabel("Date").fill(twoDaysAgo);
  await form.getByLabel("Started").fill("10:00");
  await form.getByLabel("Ended").fill("11:00");
  await form.getByLabel("Place, link or number").fill("https://meet.example.com/noah-robert");
  await form.getByLabel("How useful was it?").selectOption("4");
  await form.getByLabel("Progress").fill(shared);
  await form.getByLabel("Your reflection").fill(secret);
  await form.getByRole("button", { name: "Log this session" }).click();
  await expect(form.getByRole("status")).toContainText("Logged.");
  await expect(page.getByText(secret)).toBeVisible();

  await loginAs("Noah Fitzgerald");
  await openPair(page);
  const logged = page.getByTestId("logged-session").filter({ hasText: shared });
  await expect(logged).toBeVisible();
  expect(await page.content()).not.toContain(secret);
  await logged.getByRole("button", { name: "Confirm session" }).click();
  await expect(logged.getByText("Confirmed", { exact: true })).toBeVisible();

  await loginAs("Coordinator", "/check-ins");
  const entry = page
    .getByTestId("office-session-log")
    .filter({ hasText: "Mentor Robert Hughes · Mentee Noah Fitzgerald" })
    .first();
  await expect(entry).toContainText("Usefulness 4 of 5");
  await expect(entry).toContainText("Confirmed by both");
  let html = await page.content();
  expect(html).not.toContain(shared);
  expect(html).not.toContain(secret);
  await entry.getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Mentor Robert Hughes · Mentee Noah Fitzgerald" })).toBeVisible();
  html = await page.content();
  expect(html).not.toContain(shared);
  expect(html).not.toContain(secret);

  await page.goto("/evaluation");
  expect(await row.innerText()).not.toEqual(before);
  html = await page.content();
  expect(html).not.toContain(shared);
  expect(html).not.toContain(secret);
});

test("both sign the agreement; a change needs both signatures again", async ({ page, loginAs }) => {
  const sign = async (name: string, version: number) => {
    await loginAs(name);
    await openPair(page);
    const agreement = page.locator("#agreement");
    await agreement.getByRole("button", { name: `Sign version ${version}` }).click();
    await expect(agreement.getByText(/^✓ You signed on/)).toBeVisible();
    return agreement;
  };
  await sign("Noah Fitzgerald", 1);
  let agreement = await sign("Robert Hughes", 1);
  await expect(agreement.getByText("Signed by both")).toBeVisible();

  await agreement.getByText("Change the agreement").click();
  await agreement
    .getByLabel("What we expect of each other")
    .fill("Noah sends an agenda the day before; Robert brings one real deal.");
  await agreement.getByRole("button", { name: "Save as a new version" }).click();
  await expect(agreement.getByText("Version 2", { exact: true })).toBeVisible();
  await expect(agreement.getByText("Not yet signed by both")).toBeVisible();

  await sign("Noah Fitzgerald", 2);
  agreement = await sign("Robert Hughes", 2);
  await expect(agreement.getByText("Signed by both")).toBeVisible();
  await expect(agreement.getByText("Noah sends an agenda the day before")).toBeVisible();
});

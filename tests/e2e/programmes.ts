import type { Page } from "@playwright/test";
import { readinessQualities } from "@/lib/readiness/qualities";
import { expect } from "./fixtures";

interface DraftProgramme {
  name: string;
  type?: string;
  purpose?: string;
  startDate?: string;
  endDate?: string;
}

/** As the signed-in coordinator: creates a draft programme (dates default to March to September 2027) and opens it. */
export async function createDraftProgramme(page: Page, programme: DraftProgramme) {
  const { name } = programme;
  await page.goto("/programs/new");
  await page.getByLabel("Name").fill(name);
  if (programme.type) await page.getByLabel("Type").selectOption({ label: programme.type });
  if (programme.purpose) await page.getByLabel("Purpose and value proposition").fill(programme.purpose);
  await page.getByLabel("Start date").fill(programme.startDate ?? "2027-03-01");
  await page.getByLabel("End date").fill(programme.endDate ?? "2027-09-01");
  await page.getByRole("button", { name: "Create draft" }).click();
  await page.getByRole("link", { name }).click();
}

/** On a new programme's Design tab: adds its first goal. */
export async function addFirstGoal(page: Page, goal: string, objective: string) {
  await page.getByLabel("Goal", { exact: true }).fill(goal);
  await page.getByLabel("Measurable objective").fill(objective);
  await page.getByRole("button", { name: "Add goal" }).click();
  await expect(page.getByText(`1. ${goal}`)).toBeVisible();
}

/**
 * As the signed-in coordinator: creates a programme, finishes its design (one goal, a code of
 * conduct, maybe a mentee target) and opens enrolment; ends on its Overview.
 */
export async function openProgramme(
  page: Page,
  programme: DraftProgramme & { purpose: string; goal: string; objective: string; targetMentees?: string },
) {
  await createDraftProgramme(page, programme);
  await page.getByRole("link", { name: "Finish the design" }).click();
  await addFirstGoal(page, programme.goal, programme.objective);
  await page.getByLabel("Code of conduct").fill("Be kind, be on time, keep confidences.");
  if (programme.targetMentees) await page.getByLabel("Target number of mentees").fill(programme.targetMentees);
  await page.getByRole("button", { name: "Save programme" }).click();
  await expect(page.getByText("Programme saved.")).toBeVisible();
  const tabs = page.getByRole("navigation", { name: "Programme sections" });
  await tabs.getByRole("link", { name: "Overview" }).click();
  await page.getByRole("button", { name: "Open enrolment" }).click();
  await expect(page.getByText("Enrolment open").first()).toBeVisible();
}

/** From the programme list, opens a programme and then one of its sections (tabs). */
export async function openProgrammeSection(page: Page, programme: string, section: string) {
  await page.goto("/programs");
  await page.getByRole("link", { name: programme }).click();
  await page.getByRole("navigation", { name: "Programme sections" }).getByRole("link", { name: section }).click();
}

/** As the signed-in coordinator: opens the applications to a programme. */
export async function reviewApplications(page: Page, programme: string) {
  await page.goto("/programs");
  await page.getByRole("link", { name: programme }).click();
  await page.getByRole("link", { name: "Review applications" }).click();
}

/** On a programme's application form: applies in this role, agreeing to the code of conduct. */
export async function sendApplication(page: Page, role: "Mentor" | "Mentee") {
  await page.getByRole("radio", { name: role, exact: true }).check();
  await page.getByLabel("I have read the code of conduct and agree to follow it").check();
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.getByText("Application under review")).toBeVisible();
}

/** As the signed-in employee: applies to a programme from the catalogue. */
export async function applyTo(page: Page, programme: string, role: "Mentor" | "Mentee") {
  await page.goto("/enrol");
  await page
    .getByRole("article", { name: programme })
    .getByRole("link", { name: `Apply to ${programme}` })
    .click();
  await sendApplication(page, role);
}

/** Opens a programme's own page from the catalogue. */
export async function openFromCatalogue(page: Page, programme: string) {
  await page.goto("/enrol");
  await page.getByRole("article", { name: programme }).getByRole("link", { name: programme, exact: true }).click();
  await expect(page.getByRole("heading", { name: programme, level: 1 })).toBeVisible();
}

/** As a signed-in mentee with a place: withdraws from the programme, which frees the place. */
export async function withdrawFrom(page: Page, programme: string) {
  await openFromCatalogue(page, programme);
  await page.getByRole("button", { name: "Withdraw" }).click();
  // The button goes with the place; the application itself says so.
  await expect(page.getByRole("listitem").filter({ hasText: "As mentee, applied" })).toContainText("Withdrawn");
}

/**
 * As the first mentee waiting: sees the freed place offered with a deadline and takes it.
 * `beforeTaking` checks the offer page further.
 */
export async function takeOfferedPlace(page: Page, programme: string, beforeTaking?: () => Promise<void>) {
  await openFromCatalogue(page, programme);
  await expect(page.getByText(/A place is free for you\. Take it by \d+ \w+ \d{4}/)).toBeVisible();
  await beforeTaking?.();
  await page.getByRole("button", { name: "Take the place" }).click();
  await expect(page.getByText("Approved", { exact: true })).toBeVisible();
}

/** On the readiness self-assessment: gives every quality the same rating. */
export async function rateEveryQuality(page: Page, rating: number) {
  for (const quality of Object.values(readinessQualities)) {
    await page.getByLabel(`${quality}: ${rating}`).check();
  }
}

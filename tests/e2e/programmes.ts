import type { Page } from "@playwright/test";
import { readinessQualities } from "@/lib/readiness/qualities";
import { expect } from "./fixtures";

/**
 * As the signed-in coordinator: creates a programme, finishes its design (one goal, a code of
 * conduct, maybe a mentee target) and opens enrolment; ends on its Overview.
 */
export async function openProgramme(
  page: Page,
  programme: { name: string; type?: string; purpose: string; goal: string; objective: string; targetMentees?: string },
) {
  const { name } = programme;
  await page.goto("/programs/new");
  await page.getByLabel("Name").fill(name);
  if (programme.type) await page.getByLabel("Type").selectOption({ label: programme.type });
  await page.getByLabel("Purpose and value proposition").fill(programme.purpose);
  await page.getByLabel("Start date").fill("2027-03-01");
  await page.getByLabel("End date").fill("2027-09-01");
  await page.getByRole("button", { name: "Create draft" }).click();
  await page.getByRole("link", { name }).click();
  await page.getByRole("link", { name: "Finish the design" }).click();
  await page.getByLabel("Goal", { exact: true }).fill(programme.goal);
  await page.getByLabel("Measurable objective").fill(programme.objective);
  await page.getByRole("button", { name: "Add goal" }).click();
  await expect(page.getByText(`1. ${programme.goal}`)).toBeVisible();
  await page.getByLabel("Code of conduct").fill("Be kind, be on time, keep confidences.");
  if (programme.targetMentees) await page.getByLabel("Target number of mentees").fill(programme.targetMentees);
  await page.getByRole("button", { name: "Save programme" }).click();
  await expect(page.getByText("Programme saved.")).toBeVisible();
  const tabs = page.getByRole("navigation", { name: "Programme sections" });
  await tabs.getByRole("link", { name: "Overview" }).click();
  await page.getByRole("button", { name: "Open enrolment" }).click();
  await expect(page.getByText("Enrolment open").first()).toBeVisible();
}

/** On the readiness self-assessment: gives every quality the same rating. */
export async function rateEveryQuality(page: Page, rating: number) {
  for (const quality of Object.values(readinessQualities)) {
    await page.getByLabel(`${quality}: ${rating}`).check();
  }
}

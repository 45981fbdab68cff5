import { expect, test } from "../e2e/fixtures";
import type { Forwarded } from "../support/forwarded-request";

// Runs against tests/support/two-instances.ts (playwright.two-instances.config.ts): two `next
// start` of one build on one PostgreSQL database behind a round-robin proxy.

test("sign in, edit a profile and publish matching across two instances of one build", async ({ page }) => {
  const started = Date.now();
  await page.request.delete("/__lb/requests");

  // Sign in through the form: the CSRF cookie from one instance is checked by the other.
  await page.goto("/login");
  await page.getByLabel("Work email").fill("amara.okafor@northwind.example");
  await page.getByLabel("Password").fill("pairwise-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);

  // A form served by one instance is saved by whichever instance the proxy picks next.
  await page.goto("/me/profile");
  const skills = page.getByRole("textbox", { name: "Skills I can teach" });
  // The form fills in the saved profile once it has loaded; typing before that would be overwritten.
  await expect(skills).not.toHaveValue("");
  await skills.fill("Facilitation, Coaching, Programme design");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Your profile is saved.");
  await page.reload();
  await expect(skills).toHaveValue("Facilitation, Coaching, Programme design");

  await page.goto("/matching");
  await page.getByRole("link", { name: "Open workspace for Spring Mentoring Cohort 2027" }).click();
  await page.getByRole("button", { name: "Run matching" }).click();
  await expect(page.getByText(/Proposed \d+ pairs\./)).toBeVisible();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Publish and notify" }).click();
  await expect(page.getByText(/Last published: \d+ pairs on .*; everyone in them was notified\./)).toBeVisible();

  const forwarded = (await (await page.request.get("/__lb/requests")).json()) as Forwarded[];
  const journey = forwarded.filter((request) => request.path !== "/__lb/requests");
  const perInstance = [1, 2].map((instance) => journey.filter((request) => request.instance === instance));
  const actions = journey.filter((request) => request.action);
  console.log(
    `Two-instance journey: ${((Date.now() - started) / 1000).toFixed(1)} s, ${journey.length} requests ` +
      `(instance 1: ${perInstance[0]!.length}, instance 2: ${perInstance[1]!.length}); ` +
      `${actions.length} server actions (instance 1: ${actions.filter((a) => a.instance === 1).length}, ` +
      `instance 2: ${actions.filter((a) => a.instance === 2).length})`,
  );
  // Page requests and server actions each alternated between the instances, and nothing failed.
  const pages = journey.filter((request) => !request.action);
  pages.slice(1).forEach((request, k) => expect(request.instance).not.toBe(pages[k]!.instance));
  actions.slice(1).forEach((request, k) => expect(request.instance).not.toBe(actions[k]!.instance));
  expect(actions.length).toBeGreaterThanOrEqual(3);
  expect(journey.filter((request) => request.status >= 500)).toEqual([]);
});

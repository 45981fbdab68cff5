import { expect, test } from "./fixtures";
import { addFirstGoal, createDraftProgramme } from "./programmes";

test("the coordinator asks the executive sponsor, who signs off from their inbox; the coordinator sees it signed off", async ({
  page,
  loginAs,
  expectAccessible,
}) => {
  // A programme of its own, so no other journey sees or changes its sign-off.
  const name = `Sales Onboarding Mentoring ${Date.now()}`;
  const purpose = "New sales hires learn the craft from experienced account executives.";
  await loginAs("Coordinator");
  await createDraftProgramme(page, { name, purpose });
  const tabs = page.getByRole("navigation", { name: "Programme sections" });
  await tabs.getByRole("link", { name: "Design" }).click();
  await expect(tabs.getByRole("link", { name: "Design" })).toHaveAttribute("aria-current", "page");
  await addFirstGoal(page, "Ramp new hires faster", "New hires reach quota two months sooner");
  const designPath = new URL(page.url()).pathname;

  // The coordinator chooses the sponsor from the directory and asks; nobody records it for them.
  const sponsor = page.locator("#sponsor");
  const status = sponsor.getByTestId("sponsor-sign-off");
  await expect(status).toHaveText("No sponsor has been asked yet.");
  await sponsor.getByLabel("Sponsor").selectOption({ label: "Helena Marsh, Chief Executive Officer" });
  await sponsor.getByRole("button", { name: "Ask Helena Marsh to sign off" }).click();
  await expect(sponsor.getByText("Helena Marsh has been asked to sign off, in their inbox.")).toBeVisible();
  await expect(status).toContainText("Waiting");
  await expect(status).toContainText("Asked Helena Marsh on");
  await expectAccessible();

  // The sponsor, an executive without the programme office's view, signs off from her inbox.
  await loginAs("Executive", "/me/inbox");
  await page.getByRole("link", { name: `Please sign off ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Sign off ${name}` })).toBeVisible();
  await expect(page.getByText(purpose)).toBeVisible();
  await expect(page.getByText("1. Ramp new hires faster")).toBeVisible();
  await expect(page.getByText("Measured by: New hires reach quota two months sooner")).toBeVisible();
  await expectAccessible();
  await page.getByLabel("Comment (optional)").fill("Go ahead. Report the first cohort's ramp time to me.");
  await page.getByRole("button", { name: "Sign off", exact: true }).click();
  await expect(page.getByTestId("sponsor-answer")).toContainText("You signed this programme off on");
  await expect(page.getByRole("button", { name: "Sign off", exact: true })).toHaveCount(0);

  // The coordinator sees the sponsor's own sign-off and comment.
  await loginAs("Coordinator", designPath);
  await expect(status).toContainText("Signed off");
  await expect(status).toContainText("by Helena Marsh on");
  await expect(status).toContainText("Go ahead. Report the first cohort's ramp time to me.");
});

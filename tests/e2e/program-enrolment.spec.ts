import { expect, test } from "./fixtures";
import { addFirstGoal, createDraftProgramme, rateEveryQuality } from "./programmes";

test("a coordinator designs a programme and opens enrolment; a mentor and a mentee apply; both are approved", async ({
  page,
  loginAs,
  expectAccessible,
}) => {
  const name = `Data Guild Mentoring ${Date.now()}`;
  await loginAs("Coordinator");
  await createDraftProgramme(page, { name, startDate: "2027-02-01", endDate: "2027-08-01" });
  const tabs = page.getByRole("navigation", { name: "Programme sections" });

  // The overview says what is missing before enrolment can open, and where to fix it.
  await expect(page.getByRole("heading", { name: "Finish the programme's design" })).toBeVisible();
  await expect(page.getByText("Add at least one goal with a measurable objective.")).toBeVisible();
  await expect(page.getByText("Write the code of conduct participants will agree to.")).toBeVisible();
  await expectAccessible();
  await page.getByRole("link", { name: "Finish the design" }).click();
  await expect(tabs.getByRole("link", { name: "Design" })).toHaveAttribute("aria-current", "page");

  await addFirstGoal(page, "Grow analytics skills across teams", "70% of mentees complete a data project in 6 months");

  await page.getByLabel("Code of conduct").fill("Respect confidentiality. Come prepared. Give honest, kind feedback.");
  await page.getByLabel("Target number of mentors").fill("4");
  await page.getByRole("button", { name: "Save programme" }).click();
  await expect(page.getByText("Programme saved.")).toBeVisible();

  await page.getByLabel("Question").fill("Preferred format");
  await page.getByLabel("Options").fill("In person\nVideo call");
  await page.getByLabel("Use as a matching criterion").check();
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByText("1. Preferred format")).toBeVisible();

  await tabs.getByRole("link", { name: "Overview" }).click();
  await expect(page.getByText(/Opens the enrolment page/)).toBeVisible();
  await page.getByRole("button", { name: "Open enrolment" }).click();
  await expect(page.getByText("Enrolment open").first()).toBeVisible();
  await tabs.getByRole("link", { name: "Enrolment" }).click();
  const enrolPath = (await page.locator("p.font-mono").textContent())!.trim();
  expect(enrolPath).toMatch(/^https?:\/\/.+\/enrol\//);

  for (const [person, role] of [
    ["Hannah Cohen", "Mentor"],
    ["Zara Ahmed", "Mentee"],
  ] as const) {
    await loginAs(person, enrolPath);
    await page.getByRole("radio", { name: role, exact: true }).check();
    await page.getByRole("button", { name: "Send my application" }).click();
    await expect(page.getByText("Answer this question to apply.")).toBeVisible();
    await expect(page.getByText("Read and accept the code of conduct to apply.")).toBeVisible();
    await page.getByLabel("Video call").check();
    await page.getByLabel("I have read the code of conduct and agree to follow it").check();
    await page.getByRole("button", { name: "Send my application" }).click();
    await expect(page.getByText("Application under review")).toBeVisible();

    if (role === "Mentor") {
      // The mentor completes her bio, then the readiness self-assessment for this programme.
      await page.goto("/me/profile");
      await page.getByRole("textbox", { name: "Headline" }).fill("Data engineer who loves teaching SQL");
      await page.getByLabel("My goals, in my own words").fill("Help two analysts ship their first data product.");
      await page.getByRole("button", { name: "Save profile" }).click();
      await expect(page.getByRole("main").getByRole("status")).toHaveText("Your profile is saved.");
      await page.goto("/me/mentoring");
      await page.getByRole("listitem").filter({ hasText: name }).getByRole("link", { name: "Complete your readiness" }).click();
      await rateEveryQuality(page, 5);
      await expectAccessible();
      await page.getByRole("button", { name: "Submit self-assessment" }).click();
      await expect(page.getByText("Thank you: you are ready to be matched.")).toBeVisible();
    }
  }

  await loginAs("Coordinator", "/programs");
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name: "Decide on 2 applications" })).toBeVisible();
  await page.getByRole("link", { name: "Review applications" }).click();
  const balance = page.getByLabel("Balance");
  await expect(balance).toContainText("Approved mentors0target 4");
  await expectAccessible();
  await page.getByLabel("Select all applications shown").check();
  await page.getByLabel("Note to the applicants (optional)").fill("Welcome to the guild!");
  await page.getByRole("button", { name: "Approve 2" }).click();
  await expect(page.getByText("2 applications decided; applicants have been notified.")).toBeVisible();
  await expect(balance).toContainText("Approved mentors1target 4");
  await expect(balance).toContainText("Approved mentees1");
  await expect(balance).toContainText("Mentor places1");
  await expect(page.getByRole("row", { name: /Hannah Cohen/ }).getByText("Ready", { exact: true })).toBeVisible();
});

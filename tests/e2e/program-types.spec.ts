import { expect, test } from "./fixtures";
import { openProgramme } from "./programmes";

test("an employee finds an open programme in the catalogue; a waitlisted mentee is offered a freed place and takes it", async ({
  page,
  loginAs,
  loginAsPerson,
  expectAccessible,
}) => {
  const name = `Waiting Room ${Date.now()}`;
  page.on("dialog", (dialog) => void dialog.accept());

  // The coordinator sets up a programme with one mentee place and opens enrolment.
  await loginAs("Coordinator");
  await openProgramme(page, {
    name,
    purpose: "Help new joiners find their feet.",
    goal: "Settle in faster",
    objective: "80% feel at home within 3 months",
    targetMentees: "1",
  });

  // Two employees find it in the catalogue and apply as mentees.
  for (const person of ["Theo Jansen", "Amelia Wright"]) {
    await loginAsPerson(person);
    await page.goto("/me/mentoring");
    await page.getByRole("link", { name: "Open programmes" }).click();
    const card = page.getByRole("article", { name });
    await expect(card).toContainText("Everyone in the organisation");
    await expect(card).toContainText("Help new joiners find their feet.");
    await expect(card).toContainText("1 Mar 2027 – 1 Sept 2027");
    await expectAccessible();
    await card.getByRole("link", { name: `Apply to ${name}` }).click();
    await page.getByRole("radio", { name: "Mentee", exact: true }).check();
    await page.getByLabel("I have read the code of conduct and agree to follow it").check();
    await page.getByRole("button", { name: "Send my application" }).click();
    await expect(page.getByText("Application under review")).toBeVisible();
    // Applying again is not offered: the catalogue says they applied.
    await page.goto("/enrol");
    await expect(page.getByRole("article", { name })).toContainText("You applied as mentee");
  }

  // The coordinator approves the first and waitlists the second.
  await loginAs("Coordinator");
  await page.goto("/programs");
  await page.getByRole("link", { name }).click();
  await page.getByRole("link", { name: "Review applications" }).click();
  await page.getByLabel("Select Theo Jansen").check();
  await page.getByRole("button", { name: "Approve 1" }).click();
  await expect(page.getByText("1 application decided; applicants have been notified.")).toBeVisible();
  await page.getByLabel("Select Amelia Wright").check();
  await page.getByRole("button", { name: "Waitlist" }).click();
  await expect(page.getByText("1 application decided; applicants have been notified.")).toBeVisible();

  const openFromCatalogue = async () => {
    await page.goto("/enrol");
    await page.getByRole("article", { name }).getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  };

  // The waitlisted mentee sees the programme is full and her place in the queue.
  await loginAsPerson("Amelia Wright");
  await page.goto("/enrol");
  await expect(page.getByRole("article", { name })).toContainText("All 1 taken");
  await openFromCatalogue();
  await expect(page.getByText("On the waiting list", { exact: true })).toBeVisible();
  await expect(page.getByText("You are number 1 of 1 on the waiting list.")).toBeVisible();
  await expectAccessible();

  // The approved mentee withdraws, which frees the place.
  await loginAsPerson("Theo Jansen");
  await openFromCatalogue();
  await page.getByRole("button", { name: "Withdraw" }).click();
  // The button goes with the place; the application itself says so.
  await expect(page.getByRole("listitem").filter({ hasText: "As mentee, applied" })).toContainText("Withdrawn");

  // The first person waiting is offered it, with a deadline, and takes it.
  await loginAsPerson("Amelia Wright");
  await openFromCatalogue();
  await expect(page.getByText(/A place is free for you\. Take it by \d+ \w+ \d{4}/)).toBeVisible();
  await expectAccessible();
  await page.getByRole("button", { name: "Take the place" }).click();
  await expect(page.getByText("Approved", { exact: true })).toBeVisible();
  await expect(page.getByText(/on the waiting list/)).toHaveCount(0);
});

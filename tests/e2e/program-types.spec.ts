import { expect, test } from "./fixtures";
import {
  openFromCatalogue,
  openProgramme,
  reviewApplications,
  sendApplication,
  takeOfferedPlace,
  withdrawFrom,
} from "./programmes";

test("an employee finds an open programme in the catalogue; a waitlisted mentee is offered a freed place and takes it", async ({
  page,
  loginAs,
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
    await loginAs(person, "/me/mentoring");
    await page.getByRole("link", { name: "Open programmes" }).click();
    const card = page.getByRole("article", { name });
    await expect(card).toContainText("Everyone in the organisation");
    await expect(card).toContainText("Help new joiners find their feet.");
    await expect(card).toContainText("1 Mar 2027 – 1 Sept 2027");
    await expectAccessible();
    await card.getByRole("link", { name: `Apply to ${name}` }).click();
    await sendApplication(page, "Mentee");
    // Applying again is not offered: the catalogue says they applied.
    await page.goto("/enrol");
    await expect(page.getByRole("article", { name })).toContainText("You applied as mentee");
  }

  // The coordinator approves the first and waitlists the second.
  await loginAs("Coordinator");
  await reviewApplications(page, name);
  await page.getByLabel("Select Theo Jansen").check();
  await page.getByRole("button", { name: "Approve 1" }).click();
  await expect(page.getByText("1 application decided; applicants have been notified.")).toBeVisible();
  await page.getByLabel("Select Amelia Wright").check();
  await page.getByRole("button", { name: "Waitlist" }).click();
  await expect(page.getByText("1 application decided; applicants have been notified.")).toBeVisible();

  // The waitlisted mentee sees the programme is full and her place in the queue.
  await loginAs("Amelia Wright", "/enrol");
  await expect(page.getByRole("article", { name })).toContainText("All 1 taken");
  await openFromCatalogue(page, name);
  await expect(page.getByText("On the waiting list", { exact: true })).toBeVisible();
  await expect(page.getByText("You are number 1 of 1 on the waiting list.")).toBeVisible();
  await expectAccessible();

  // The approved mentee withdraws, which frees the place.
  await loginAs("Theo Jansen");
  await withdrawFrom(page, name);

  // The first person waiting is offered it, with a deadline, and takes it.
  await loginAs("Amelia Wright");
  await takeOfferedPlace(page, name, expectAccessible);
  await expect(page.getByText(/on the waiting list/)).toHaveCount(0);
});

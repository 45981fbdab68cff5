import { expect, test } from "./fixtures";

test("the import page never downloads the directory unless asked", async ({ page, loginAs }) => {
  await loginAs("Coordinator");
  const exports: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/people/export") exports.push(request.url());
  });
  await page.goto("/people/import");
  await expect(page.getByRole("link", { name: "Download the current directory" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(exports).toEqual([]);
});

test("a coordinator imports people from CSV, fixing a bad row first", async ({ page, loginAs }) => {
  await loginAs("Coordinator", "/people");
  await page.getByRole("link", { name: "Import CSV" }).click();
  await expect(page.getByRole("heading", { name: "Import people" })).toBeVisible();

  const header = "name,email,department,title,level,manager email,location,time zone,hire date";
  const bad = [
    header,
    "Rui Alves,rui.alves@northwind.example,Data,Data Analyst,3,kwame.mensah@northwind.example,Lisbon,Europe/Lisbon,2025-09-01",
    "Mia Wong,mia.wong@northwind.example,Data,Data Scientist,12,,Singapore,Asia/Singapore,2025-10-01",
  ].join("\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByRole("button", { name: "Preview people.csv" }).click();
  const problems = page.getByRole("table", { name: "Problems by line" });
  await expect(
    problems.getByRole("row", { name: /3 level Use a whole number from 1 \(entry\) to 10 \(executive\)\./ }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);

  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "people-fixed.csv", mimeType: "text/csv", buffer: Buffer.from(bad.replace(",12,", ",5,")) });
  await page.getByRole("button", { name: "Preview people-fixed.csv" }).click();
  await expect(page.getByText("2 rows: 2 new, 0 updated, 0 unchanged; new departments: Data.")).toBeVisible();
  await page.getByRole("button", { name: "Import 2 people" }).click();
  await expect(page.getByText("Imported: 2 added, 0 updated, 0 unchanged.")).toBeVisible();

  await page.goto("/people?q=Rui");
  await expect(page.getByRole("cell", { name: /Rui Alves/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Kwame Mensah" })).toBeVisible();
});

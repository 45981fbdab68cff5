import { chromium } from "@playwright/test";
const base = "http://localhost:3400";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
async function as(email, width, shots) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const { csrfToken } = await (await page.request.get(`${base}/api/auth/csrf`)).json();
  await page.request.post(`${base}/api/auth/callback/credentials`, { form: { csrfToken, email, password: "pairwise-demo", json: "true" } });
  for (const [name, go] of shots) {
    await go(page);
    await page.waitForLoadState("networkidle");
    const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    console.log(name, width, "overflow", over);
    await page.screenshot({ path: `/tmp/hg_shots/${name}-${width}.png`, fullPage: true });
  }
  await context.close();
}
for (const width of [1440, 390]) {
  await as("victoria.sterling@northwind.example", width, [
    ["mentor-my-mentoring", (p) => p.goto(`${base}/me/mentoring`)],
    ["mentor-group", async (p) => { await p.goto(`${base}/me/mentoring`); await p.getByRole("link", { name: "Open group page" }).first().click(); await p.waitForURL(/groups/); }],
  ]);
  await as("amara.okafor@northwind.example", width, [
    ["office-pairs", async (p) => { await p.goto(`${base}/programs`); await p.getByRole("link", { name: "Team Lead Circles" }).click(); await p.getByRole("navigation", { name: "Programme sections" }).getByRole("link", { name: "Pairs" }).click(); await p.waitForURL(/pairs/); }],
    ["office-group", async (p) => { await p.getByRole("list", { name: "Groups" }).getByRole("link").first().click(); await p.waitForURL(/groups/); }],
  ]);
}
await browser.close();

import { expect, test } from "./fixtures";

test.describe("security headers", () => {
  test("pages carry a nonce-based CSP, refuse framing and sniffing, and still run their scripts", async ({ page }) => {
    const response = await page.goto("/login");
    const headers = response!.headers();
    const csp = headers["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    // Next's own inline scripts carry this response's nonce, so the page hydrates: the form validates in the browser.
    expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your work email.")).toBeVisible();

    const again = await page.request.get("/login");
    expect(/'nonce-([^']+)'/.exec(again.headers()["content-security-policy"]!)?.[1]).not.toBe(nonce);
  });

  test("the health check reports a reachable, migrated database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ ok: true, database: "reachable", pendingMigrations: [] });
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("a server action from another site, or with a body it cannot read, is refused with a 4xx", async ({ page, loginAs }) => {
    await loginAs("Mentor", "/me/profile");
    // The id of a real action, taken from the request the page itself sends.
    const sent = page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
    await page.getByRole("textbox", { name: "Years of experience" }).fill("16");
    await page.getByRole("button", { name: "Save profile" }).click();
    const action = (await sent).headers()["next-action"]!;
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Your profile is saved.");

    const foreign = await page.request.post("/me/profile", {
      headers: { "next-action": action, origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" },
      data: "[]",
    });
    expect(foreign.status()).toBe(403);
    expect(await foreign.text()).toContain("sent from another site");
    expect(foreign.headers()["x-content-type-options"]).toBe("nosniff");

    for (const [contentType, body] of [
      ["text/plain;charset=UTF-8", "{not json"],
      ["text/plain;charset=UTF-8", '"not the arguments"'],
      ["multipart/form-data", "--x\r\n"],
    ] as const) {
      const malformed = await page.request.post("/me/profile", {
        headers: { "next-action": action, "content-type": contentType },
        data: body,
      });
      expect(malformed.status(), `${contentType}: ${body}`).toBe(400);
      expect(await malformed.text()).toContain("could not be read");
    }
  });
});

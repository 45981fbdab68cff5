import { describe, expect, it } from "vitest";
import { isHttps, securityHeaders } from "@/lib/http/security-headers";

describe("security headers", () => {
  it("allow scripts only from the app or with this response's nonce, and forbid framing", () => {
    const headers = securityHeaders({ nonce: "abc123", development: false, https: false });
    const csp = headers["Content-Security-Policy"];
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["Permissions-Policy"]).toContain("camera=()");
    expect(headers).not.toHaveProperty("Strict-Transport-Security");
  });

  it("add HSTS over https only", () => {
    expect(securityHeaders({ nonce: "n", development: false, https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(isHttps("http://app.internal/", "https")).toBe(true);
    expect(isHttps("https://mentoring.example.com/", null)).toBe(true);
    expect(isHttps("http://localhost:3000/", null)).toBe(false);
  });
});

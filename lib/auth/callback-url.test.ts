import { describe, expect, it } from "vitest";
import { safeCallbackUrl, signInErrorMessage } from "@/lib/auth/callback-url";

describe("callback URL after sign-in", () => {
  it.each([
    ["/programs", "/programs"],
    ["/people?q=ana", "/people?q=ana"],
    [undefined, "/"],
    ["https://evil.example/", "/"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["/login", "/"],
    ["/api/auth/signout", "/"],
    [["/dashboard", "/x"], "/dashboard"],
  ])("%j → %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });

  it("explains single sign-on failures in words", () => {
    expect(signInErrorMessage("AccessDenied")).toMatch(/did not share an email/);
    expect(signInErrorMessage("Whatever")).toBe("Sign-in did not complete. Try again.");
    expect(signInErrorMessage(undefined)).toBeNull();
  });
});

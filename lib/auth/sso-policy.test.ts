import { describe, expect, it } from "vitest";
import { singleSignOnClaimsRefusal } from "@/lib/auth/sso-policy";

const allowed = ["northwind.example"];
const identity = { subject: "abc", email: "Ana.Costa@Northwind.example", emailVerified: true, name: "Ana" };

describe("single sign-on claims", () => {
  it("accepts a verified e-mail in an allowed domain", () => {
    expect(singleSignOnClaimsRefusal(identity, allowed)).toBeNull();
    expect(singleSignOnClaimsRefusal({ ...identity, emailVerified: "true" }, allowed)).toBeNull();
  });

  it("refuses an e-mail the provider has not verified", () => {
    for (const emailVerified of [false, undefined, "false", 1]) {
      expect(singleSignOnClaimsRefusal({ ...identity, emailVerified }, allowed)).toBe("SsoUnverifiedEmail");
    }
  });

  it("refuses other domains, look-alike suffixes included", () => {
    for (const email of ["a@elsewhere.example", "a@evilnorthwind.example", "a@northwind.example.evil"]) {
      expect(singleSignOnClaimsRefusal({ ...identity, email }, allowed)).toBe("SsoForeignDomain");
    }
  });

  it("refuses a sign-in without a subject or an e-mail", () => {
    expect(singleSignOnClaimsRefusal({ ...identity, email: null }, allowed)).toBe("SsoNoEmail");
    expect(singleSignOnClaimsRefusal({ ...identity, subject: "" }, allowed)).toBe("SsoNoEmail");
  });
});

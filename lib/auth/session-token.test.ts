import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { sessionCookieName, sessionUserId } from "@/lib/auth/session-token";

const secret = "session-token-test-secret-0123456789abcdef";
process.env.NEXTAUTH_SECRET = secret;
const jar = (cookies: Record<string, string>) => (name: string) => cookies[name];
const tokenFor = (uid: string, maxAge = 3600, key = secret) =>
  encode({ token: { uid, role: "EMPLOYEE", sub: uid }, secret: key, maxAge });

describe("reading the session cookie", () => {
  afterEach(() => {
    delete process.env.NEXTAUTH_URL;
    resetEnvForTests();
  });

  it("reads the account id from a token next-auth issued", async () => {
    resetEnvForTests();
    expect(sessionCookieName()).toBe("next-auth.session-token");
    expect(await sessionUserId(jar({ "next-auth.session-token": await tokenFor("user-1") }))).toBe("user-1");
  });

  it("reads the secure cookie on an https address, and a token split into chunks", async () => {
    process.env.NEXTAUTH_URL = "https://mentoring.example.com";
    resetEnvForTests();
    const token = await tokenFor("user-2");
    const half = Math.floor(token.length / 2);
    expect(sessionCookieName()).toBe("__Secure-next-auth.session-token");
    expect(await sessionUserId(jar({ "next-auth.session-token": token }))).toBeNull();
    expect(
      await sessionUserId(
        jar({
          "__Secure-next-auth.session-token.0": token.slice(0, half),
          "__Secure-next-auth.session-token.1": token.slice(half),
        }),
      ),
    ).toBe("user-2");
  });

  it("treats no cookie, an expired token, another key's token and a tampered one as signed out", async () => {
    resetEnvForTests();
    const name = "next-auth.session-token";
    const token = await tokenFor("user-3");
    expect(await sessionUserId(jar({}))).toBeNull();
    expect(await sessionUserId(jar({ [name]: await tokenFor("user-3", -60) }))).toBeNull();
    expect(await sessionUserId(jar({ [name]: await tokenFor("user-3", 3600, `${secret}-other`) }))).toBeNull();
    expect(await sessionUserId(jar({ [name]: `${token.slice(0, -4)}AAAA` }))).toBeNull();
  });
});

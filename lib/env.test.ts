import { describe, expect, it } from "vitest";
import { EnvError, parseEnv, serverInstanceProblems, serverProcessCount } from "@/lib/env";

describe("environment", () => {
  it("needs nothing for the embedded mode", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DATA_DIR).toBe(".data/pglite");
    expect(env.SIGN_IN_MAX_FAILURES).toBe(5);
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", OIDC_ISSUER: " " }).DATABASE_URL).toBeUndefined();
  });

  it("names the variable and what to set when a value is wrong", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://localhost/db" })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_URL: "mysql://localhost/db" })).toThrow(
      /DATABASE_URL must be a postgresql:\/\/ connection string/,
    );
    expect(() => parseEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET must be at least 32 characters/);
    expect(() => parseEnv({ SIGN_IN_LOCK_MINUTES: "soon" })).toThrow(/SIGN_IN_LOCK_MINUTES/);
  });

  it("asks for the rest of single sign-on when only part of it is set", () => {
    expect(() => parseEnv({ OIDC_ISSUER: "https://login.example.com" })).toThrow(
      /OIDC_CLIENT_ID is required when OIDC_ISSUER is set[\s\S]*OIDC_CLIENT_SECRET is required/,
    );
    const sso = { OIDC_ISSUER: "https://login.example.com", OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "secret" };
    expect(() => parseEnv(sso)).toThrow(/OIDC_ALLOWED_DOMAINS is required with single sign-on/);
    const env = parseEnv({ ...sso, OIDC_ALLOWED_DOMAINS: " Northwind.example, @eu.northwind.example ," });
    expect(env.OIDC_DISPLAY_NAME).toBe("Single sign-on");
    expect(env.OIDC_ALLOWED_DOMAINS).toEqual(["northwind.example", "eu.northwind.example"]);
  });

  it("asks an app server on PostgreSQL for the keys every instance shares", () => {
    expect(serverInstanceProblems(parseEnv({}))).toEqual([]);
    const problems = serverInstanceProblems(parseEnv({ DATABASE_URL: "postgresql://db/pairwise" }));
    expect(problems.join("\n")).toMatch(/NEXTAUTH_SECRET is required with DATABASE_URL[\s\S]*NEXT_SERVER_ACTIONS_ENCRYPTION_KEY/);
    const key = "k".repeat(32);
    expect(
      serverInstanceProblems(
        parseEnv({ DATABASE_URL: "postgresql://db/pairwise", NEXTAUTH_SECRET: key, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key }),
      ),
    ).toEqual([]);
  });

  it("runs one app server per core on PostgreSQL and one on the embedded database", () => {
    const postgres = "postgresql://db/pairwise";
    expect(serverProcessCount(parseEnv({}), 4)).toBe(1);
    expect(serverProcessCount(parseEnv({ DATABASE_URL: postgres }), 4)).toBe(4);
    expect(serverProcessCount(parseEnv({ DATABASE_URL: postgres, WEB_CONCURRENCY: "3" }), 4)).toBe(3);
    expect(serverProcessCount(parseEnv({ WEB_CONCURRENCY: "1" }), 4)).toBe(1);
    expect(() => parseEnv({ WEB_CONCURRENCY: "2" })).toThrow(/WEB_CONCURRENCY must be 1 on the embedded database/);
    expect(() => parseEnv({ DATABASE_URL: postgres, WEB_CONCURRENCY: "0" })).toThrow(/WEB_CONCURRENCY/);
    expect(() => parseEnv({ DATABASE_URL: postgres, WEB_CONCURRENCY: "many" })).toThrow(/WEB_CONCURRENCY must be a number/);
  });
});

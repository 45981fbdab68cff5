import { describe, expect, it } from "vitest";
import {
  afterAttempt,
  afterSuccess,
  clientAddress,
  delaySeconds,
  throttleMessage,
  throttleRules,
  waitUntil,
} from "@/lib/auth/sign-in-throttle";

const rules = throttleRules({ maxFailures: 3, lockMinutes: 10 });
const now = new Date("2026-11-22T09:00:00Z");
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe("sign-in throttle", () => {
  it("lets the free failures through, then makes each next attempt wait twice as long, up to the cap", () => {
    expect([1, 2, 3, 4, 5, 12, 40].map((n) => delaySeconds(n, rules.pair))).toEqual([0, 0, 2, 4, 8, 600, 600]);
    let state = afterAttempt(null, now, rules.pair);
    state = afterAttempt(state, now, rules.pair);
    expect(state).toEqual({ failures: 2, lastFailureAt: now, blockedUntil: null });
    state = afterAttempt(state, now, rules.pair);
    expect(waitUntil(state, now)).toEqual(at(2));
    expect(waitUntil(state, at(2))).toBeNull();
  });

  it("never holds an account for more than a minute on the account-wide rule", () => {
    expect(delaySeconds(1000, rules.account)).toBe(60);
  });

  it("forgets the count after a quiet spell", () => {
    const old = { failures: 9, lastFailureAt: now, blockedUntil: at(600) };
    expect(afterAttempt(old, at(2 * 3600 + 1), rules.pair).failures).toBe(1);
  });

  it("clears account counts on success but only forgives one attempt on the address", () => {
    const state = { failures: 31, lastFailureAt: now, blockedUntil: at(2) };
    expect(afterSuccess("pair", state, rules.pair)).toBeNull();
    expect(afterSuccess("account", state, rules.account)).toBeNull();
    expect(afterSuccess("address", state, rules.address)).toEqual({ ...state, failures: 30 });
    expect(afterSuccess("address", { ...state, failures: 5 }, rules.address)?.blockedUntil).toBeNull();
  });

  it("says how long to wait", () => {
    expect(throttleMessage(at(4), now)).toMatch(/^Too many sign-in attempts\. Wait 4 seconds/);
    expect(throttleMessage(at(600), now)).toMatch(/Wait 10 minutes/);
  });

  it("takes the client address from the trusted proxy's entry, not from what the client wrote", () => {
    expect(clientAddress("6.6.6.6, 10.0.0.7", 0)).toBe("10.0.0.7");
    expect(clientAddress("6.6.6.6, 203.0.113.9, 10.0.0.7", 1)).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9", 3)).toBe("203.0.113.9");
    expect(clientAddress(undefined, 0)).toBe("unknown");
  });
});

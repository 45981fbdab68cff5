import { describe, expect, it } from "vitest";
import { afterFailure, lockedUntil, lockMessage } from "@/lib/auth/sign-in-throttle";

const policy = { maxFailures: 3, lockMinutes: 10 };
const now = new Date("2026-11-22T09:00:00Z");

describe("sign-in throttle", () => {
  it("counts failures and locks at the limit", () => {
    let state = { failedSignIns: 0, signInLockedUntil: null as Date | null };
    state = afterFailure(state, now, policy);
    state = afterFailure(state, now, policy);
    expect(state).toEqual({ failedSignIns: 2, signInLockedUntil: null });
    state = afterFailure(state, now, policy);
    expect(state.signInLockedUntil).toEqual(new Date("2026-11-22T09:10:00Z"));
    expect(lockedUntil(state, new Date("2026-11-22T09:09:59Z"))).toEqual(state.signInLockedUntil);
    expect(lockedUntil(state, new Date("2026-11-22T09:10:00Z"))).toBeNull();
  });

  it("starts a fresh count once a lock has expired", () => {
    const expired = { failedSignIns: 3, signInLockedUntil: new Date("2026-11-22T08:59:00Z") };
    expect(afterFailure(expired, now, policy)).toEqual({ failedSignIns: 1, signInLockedUntil: null });
  });

  it("tells the person when to retry", () => {
    expect(lockMessage(new Date("2026-11-22T09:10:00Z"), now)).toMatch("Try again in 10 minutes (at 09:10 UTC)");
    expect(lockMessage(new Date("2026-11-22T09:00:20Z"), now)).toMatch("Try again in 1 minute ");
  });
});

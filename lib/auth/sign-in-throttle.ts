/**
 * Sign-in throttling as pure rules. Every attempt is counted as a failure *before* its password is
 * checked (and forgiven on success), so a burst of parallel guesses cannot all slip past the count.
 * Instead of a hard lock that anyone could keep on someone else's account, each failure beyond a
 * free allowance makes the next attempt wait longer, up to a cap, and the counts are kept per
 * account-and-address (the tight rule), per address (guessing across many accounts) and per account
 * (guessing from many addresses, with a short cap so a victim waits a minute at most).
 */
export interface ThrottleState {
  failures: number;
  lastFailureAt: Date;
  blockedUntil: Date | null;
}

export interface ThrottleRule {
  /** Failures that cost nothing; the next ones wait base × 2^(n − free) seconds. */
  freeFailures: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** A quiet spell this long forgets the count. */
  forgetAfterSeconds: number;
}

export type ThrottleKind = "pair" | "account" | "address";

export interface ThrottleKey {
  kind: ThrottleKind;
  key: string;
}

export interface ThrottleSettings {
  /** Failures from one address on one account before delays start (SIGN_IN_MAX_FAILURES). */
  maxFailures: number;
  /** The longest wait for one address on one account (SIGN_IN_LOCK_MINUTES). */
  lockMinutes: number;
}

export function throttleRules({ maxFailures, lockMinutes }: ThrottleSettings): Record<ThrottleKind, ThrottleRule> {
  const pairCap = lockMinutes * 60;
  return {
    pair: {
      freeFailures: maxFailures,
      baseDelaySeconds: 2,
      maxDelaySeconds: pairCap,
      forgetAfterSeconds: Math.max(3600, 2 * pairCap),
    },
    address: { freeFailures: 30, baseDelaySeconds: 2, maxDelaySeconds: 3600, forgetAfterSeconds: 7200 },
    account: { freeFailures: 20, baseDelaySeconds: 1, maxDelaySeconds: 60, forgetAfterSeconds: 3600 },
  };
}

/** The keys one attempt is counted under. Unknown e-mails get the same keys as known ones. */
export function throttleKeys(email: string, address: string): ThrottleKey[] {
  return [
    { kind: "account", key: `account:${email}` },
    { kind: "address", key: `address:${address}` },
    { kind: "pair", key: `pair:${email}|${address}` },
  ];
}

export function delaySeconds(failures: number, rule: ThrottleRule): number {
  if (failures < rule.freeFailures) return 0;
  return Math.min(rule.maxDelaySeconds, rule.baseDelaySeconds * 2 ** (failures - rule.freeFailures));
}

/** When the next attempt may be checked, or null when it may be checked now. */
export function waitUntil(state: ThrottleState | null, now: Date): Date | null {
  return state?.blockedUntil && state.blockedUntil > now ? state.blockedUntil : null;
}

/** The state after counting one more attempt as a failure (undone by `afterSuccess`). */
export function afterAttempt(state: ThrottleState | null, now: Date, rule: ThrottleRule): ThrottleState {
  const forgotten = !state || now.getTime() - state.lastFailureAt.getTime() > rule.forgetAfterSeconds * 1000;
  const failures = (forgotten ? 0 : state.failures) + 1;
  const delay = delaySeconds(failures, rule);
  return { failures, lastFailureAt: now, blockedUntil: delay > 0 ? new Date(now.getTime() + delay * 1000) : null };
}

/**
 * A right password clears the account's counts, but only forgives its own attempt on the address,
 * so signing in to one's own account between guesses at others buys nothing.
 */
export function afterSuccess(kind: ThrottleKind, state: ThrottleState, rule: ThrottleRule): ThrottleState | null {
  if (kind !== "address") return null;
  const failures = Math.max(0, state.failures - 1);
  return { ...state, failures, blockedUntil: failures < rule.freeFailures ? null : state.blockedUntil };
}

export function throttleMessage(until: Date, now: Date): string {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const wait = seconds < 90 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many sign-in attempts. Wait ${wait} and try again. If you have forgotten your password, ask a Pairwise administrator to send you a reset link.`;
}

/**
 * The client's address: the entry `trustedProxies` hops from the right of X-Forwarded-For (each
 * proxy appends the address it saw), so a client cannot choose its own by sending the header.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedProxies: number): string {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (hops.length === 0) return "unknown";
  return hops[Math.max(0, hops.length - 1 - trustedProxies)]!;
}

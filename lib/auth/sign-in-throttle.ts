/** Per-account throttling of failed sign-ins: after `maxFailures` in a row the account waits. */
export interface ThrottleState {
  failedSignIns: number;
  signInLockedUntil: Date | null;
}

export interface ThrottlePolicy {
  maxFailures: number;
  lockMinutes: number;
}

export function lockedUntil(state: ThrottleState, now: Date): Date | null {
  return state.signInLockedUntil && state.signInLockedUntil > now ? state.signInLockedUntil : null;
}

/** The state after one more failed attempt. A lock that has expired starts a fresh count. */
export function afterFailure(state: ThrottleState, now: Date, policy: ThrottlePolicy): ThrottleState {
  const expired = state.signInLockedUntil !== null && state.signInLockedUntil <= now;
  const failures = (expired ? 0 : state.failedSignIns) + 1;
  if (failures < policy.maxFailures) return { failedSignIns: failures, signInLockedUntil: null };
  return { failedSignIns: failures, signInLockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000) };
}

export function lockMessage(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  const time = until.toISOString().slice(11, 16);
  return `Too many failed sign-ins for this account. Try again in ${minutes} minute${minutes === 1 ? "" : "s"} (at ${time} UTC), or ask an administrator to reset your password.`;
}

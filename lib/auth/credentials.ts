import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/auth/permissions";
import { verifyPassword } from "@/lib/auth/password";
import { throttleKeys, throttleMessage, throttleRules } from "@/lib/auth/sign-in-throttle";
import { claimAttempt, forgiveAttempt } from "@/lib/auth/throttle-store";
import { signInSchema } from "@/lib/auth/schemas";

export type SignInResult = { ok: true; actor: Actor } | { ok: false; message: string; throttled?: true };

export const invalidCredentialsMessage = "That email and password do not match. Check both and try again.";

/** A hash of a password nobody knows, compared when there is no account, so both cases cost the same. */
const noAccountHash = "$2b$11$tpxRJwTs8Bkqa31OL8jSO.DTSf/lL1y2HrzatuZEI3nsDCT2giSyy";

/**
 * Checks an email and password from a client address. Unknown, deactivated and password-less
 * accounts take the same steps and get the same answer as a wrong password, so the answer and its
 * timing never tell whether an account exists.
 */
export async function verifyCredentials(input: unknown, address = "unknown", now = new Date()): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: invalidCredentialsMessage };
  const { email, password } = parsed.data;

  const { SIGN_IN_MAX_FAILURES: maxFailures, SIGN_IN_LOCK_MINUTES: lockMinutes } = env();
  const rules = throttleRules({ maxFailures, lockMinutes });
  const keys = throttleKeys(email, address);
  const wait = await claimAttempt(keys, rules, now);
  if (wait) return { ok: false, message: throttleMessage(wait, now), throttled: true };

  const user = await db.user.findUnique({ where: { email } });
  const usable = user && user.active && user.passwordHash ? user : null;
  const matches = await verifyPassword(password, usable?.passwordHash ?? noAccountHash);
  if (!usable || !matches) return { ok: false, message: invalidCredentialsMessage };

  await forgiveAttempt(keys, rules, now);
  return { ok: true, actor: { id: usable.id, name: usable.name, email: usable.email, role: usable.role } };
}

import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/auth/permissions";
import { verifyPassword } from "@/lib/auth/password";
import { afterFailure, lockedUntil, lockMessage } from "@/lib/auth/sign-in-throttle";
import { signInSchema } from "@/lib/auth/schemas";

export type SignInResult = { ok: true; actor: Actor } | { ok: false; message: string };

export const invalidCredentialsMessage = "That email and password do not match. Check both and try again.";

/** Checks an email and password, counting failures per account so guessing gets throttled. */
export async function verifyCredentials(input: unknown, now = new Date()): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: invalidCredentialsMessage };
  const { email, password } = parsed.data;

  const user = await db.user.findUnique({ where: { email } });
  if (!user || !user.active || !user.passwordHash) return { ok: false, message: invalidCredentialsMessage };

  const lock = lockedUntil(user, now);
  if (lock) return { ok: false, message: lockMessage(lock, now) };

  if (await verifyPassword(password, user.passwordHash)) {
    if (user.failedSignIns > 0 || user.signInLockedUntil) {
      await db.user.update({ where: { id: user.id }, data: { failedSignIns: 0, signInLockedUntil: null } });
    }
    return { ok: true, actor: { id: user.id, name: user.name, email: user.email, role: user.role } };
  }

  const { SIGN_IN_MAX_FAILURES: maxFailures, SIGN_IN_LOCK_MINUTES: lockMinutes } = env();
  const next = afterFailure(user, now, { maxFailures, lockMinutes });
  await db.user.update({
    where: { id: user.id },
    data: { failedSignIns: next.failedSignIns, signInLockedUntil: next.signInLockedUntil, lastFailedSignIn: now },
  });
  return { ok: false, message: next.signInLockedUntil ? lockMessage(next.signInLockedUntil, now) : invalidCredentialsMessage };
}

/** The person behind a session, read fresh so a changed role or a deactivated account applies at once. */
export async function findActor(userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, role: true, active: true } });
  if (!user || !user.active) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

/** Single sign-on: the identity provider vouches for the email; unknown people join as employees. */
export async function actorForSingleSignOn(email: string, name: string): Promise<Actor | null> {
  const normalised = email.trim().toLowerCase();
  const user = await db.user.upsert({
    where: { email: normalised },
    create: { email: normalised, name: name.trim() || normalised },
    update: {},
  });
  if (!user.active) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

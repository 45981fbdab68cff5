import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { queuedTransaction } from "@/lib/db/conflicts";
import type { Prisma } from "@/lib/db/generated/client";
import {
  afterAttempt,
  afterSuccess,
  delaySeconds,
  type ThrottleKey,
  type ThrottleKind,
  type ThrottleRule,
  type ThrottleState,
  waitUntil,
} from "@/lib/auth/sign-in-throttle";

type Rules = Record<ThrottleKind, ThrottleRule>;

async function lockRow(tx: Prisma.TransactionClient, key: string, now: Date): Promise<ThrottleState | null> {
  await tx.$executeRaw`INSERT INTO "SignInThrottle" ("key", "failures", "lastFailureAt") VALUES (${key}, 0, ${now}) ON CONFLICT ("key") DO NOTHING`;
  const rows = await tx.$queryRaw<ThrottleState[]>`
    SELECT "failures", "lastFailureAt", "blockedUntil" FROM "SignInThrottle" WHERE "key" = ${key} FOR UPDATE`;
  const row = rows[0];
  return row && row.failures > 0 ? row : null;
}

function sorted(keys: ThrottleKey[]): ThrottleKey[] {
  // One order for every transaction, so two attempts never wait on each other's rows.
  return [...keys].sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** The first time an account or an address starts waiting between attempts, in words. */
function slowedSummary(key: ThrottleKey, failures: number): string {
  const subject = key.kind === "account" ? `to ${key.key.slice("account:".length)}` : `from ${key.key.slice("address:".length)}`;
  return `Sign-ins ${subject} slowed after ${failures} failed attempts in a row`;
}

/**
 * Counts one attempt under every key, as a failure until `forgiveAttempt` says otherwise. The rows
 * are locked for the check and the count, so parallel attempts are counted one after another.
 * Returns the moment the caller must wait until, or null when the password may be checked.
 */
export async function claimAttempt(keys: ThrottleKey[], rules: Rules, now: Date): Promise<Date | null> {
  return db.$transaction(async (tx) => {
    const states = new Map<string, ThrottleState | null>();
    let wait: Date | null = null;
    for (const key of sorted(keys)) {
      const state = await lockRow(tx, key.key, now);
      states.set(key.key, state);
      const until = waitUntil(state, now);
      if (until && (!wait || until > wait)) wait = until;
    }
    if (wait) return wait;
    for (const key of keys) {
      const state = states.get(key.key) ?? null;
      const next = afterAttempt(state, now, rules[key.kind]);
      await tx.signInThrottle.update({ where: { key: key.key }, data: next });
      // Recorded once per run of failures: on the attempt that brings in the first wait.
      if (key.kind !== "pair" && next.blockedUntil && delaySeconds(next.failures - 1, rules[key.kind]) === 0) {
        await recordAudit(tx, null, { action: "sign-in.slowed", summary: slowedSummary(key, next.failures) }, now);
      }
    }
    return null;
  }, queuedTransaction);
}

/** The password was right: the account's counts go, and the address forgives this one attempt. */
export async function forgiveAttempt(keys: ThrottleKey[], rules: Rules, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const key of sorted(keys)) {
      const state = await lockRow(tx, key.key, now);
      const next = state ? afterSuccess(key.kind, state, rules[key.kind]) : null;
      if (next) await tx.signInThrottle.update({ where: { key: key.key }, data: next });
      else await tx.signInThrottle.delete({ where: { key: key.key } });
    }
  }, queuedTransaction);
}

/** An administrator lifts the waits on one account (from every address). */
export async function clearAccountThrottle(tx: Prisma.TransactionClient, email: string): Promise<void> {
  await tx.signInThrottle.deleteMany({
    where: { OR: [{ key: `account:${email}` }, { key: { startsWith: `pair:${email}|` } }] },
  });
}

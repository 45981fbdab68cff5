import "server-only";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { Actor } from "@/lib/auth/permissions";
import { singleSignOnClaimsRefusal, type SingleSignOnIdentity, type SingleSignOnRefusal } from "@/lib/auth/sso-policy";
import { env } from "@/lib/env";

export type SingleSignOnResult = { ok: true; actor: Actor } | { ok: false; refusal: SingleSignOnRefusal };

const actorSelect = { id: true, name: true, email: true, role: true, active: true } as const;

/**
 * The account a single sign-on opens. An identity already linked (by the provider's subject) opens
 * its account whatever its e-mail says now. Otherwise a verified e-mail in an allowed domain links
 * to the employee account with that e-mail, once, or creates one; an administrator's or
 * coordinator's account is never linked this way: they sign in with their password.
 */
export async function signInWithSingleSignOn(
  identity: SingleSignOnIdentity,
  allowedDomains: readonly string[] = env().OIDC_ALLOWED_DOMAINS,
): Promise<SingleSignOnResult> {
  const refusal = singleSignOnClaimsRefusal(identity, allowedDomains);
  if (refusal) return { ok: false, refusal };
  const email = (identity.email ?? "").trim().toLowerCase();

  for (let attempt = 0; attempt < 3; attempt += 1) {
    const linked = await db.user.findUnique({ where: { ssoSubject: identity.subject }, select: actorSelect });
    if (linked) return opened(linked);

    const existing = await db.user.findUnique({ where: { email }, select: { ...actorSelect, ssoSubject: true } });
    if (existing) {
      if (existing.role === "ADMIN" || existing.role === "COORDINATOR") return { ok: false, refusal: "SsoPrivilegedAccount" };
      if (existing.ssoSubject !== null) return { ok: false, refusal: "SsoLinkedElsewhere" };
      // Conditional: of parallel first sign-ins, one links; the others find the link on the next turn.
      await db.user
        .updateMany({ where: { id: existing.id, ssoSubject: null }, data: { ssoSubject: identity.subject } })
        .catch(ignoreUniqueViolation);
      continue;
    }

    const name = identity.name?.trim() || email;
    await db.user.create({ data: { email, name, ssoSubject: identity.subject } }).catch(ignoreUniqueViolation);
  }
  throw new Error("Single sign-on could not settle on one account after three tries.");
}

function opened(user: Actor & { active: boolean }): SingleSignOnResult {
  if (!user.active) return { ok: false, refusal: "SsoDeactivated" };
  return { ok: true, actor: { id: user.id, name: user.name, email: user.email, role: user.role } };
}

function ignoreUniqueViolation(error: unknown): void {
  if (!isUniqueViolation(error)) throw error;
}

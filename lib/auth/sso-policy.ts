/** What the identity provider said about the person signing in (OpenID Connect claims). */
export interface SingleSignOnIdentity {
  subject: string;
  email: string | null;
  emailVerified: unknown;
  name: string | null;
}

/** Why a single sign-on is refused; each code has a message on the sign-in page (callback-url.ts). */
export type SingleSignOnRefusal =
  "SsoNoEmail" | "SsoUnverifiedEmail" | "SsoForeignDomain" | "SsoPrivilegedAccount" | "SsoLinkedElsewhere" | "SsoDeactivated";

/** Some providers send `email_verified` as the string "true"; anything else is not verified. */
function isVerified(claim: unknown): boolean {
  return claim === true || claim === "true";
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

/**
 * The claims alone decide these refusals: a subject and an e-mail the provider has verified, in
 * one of the allowed domains (exactly, not a look-alike suffix).
 */
export function singleSignOnClaimsRefusal(
  identity: SingleSignOnIdentity,
  allowedDomains: readonly string[],
): SingleSignOnRefusal | null {
  const email = identity.email?.trim().toLowerCase() ?? "";
  if (!identity.subject || !email.includes("@")) return "SsoNoEmail";
  if (!isVerified(identity.emailVerified)) return "SsoUnverifiedEmail";
  if (!allowedDomains.includes(emailDomain(email))) return "SsoForeignDomain";
  return null;
}

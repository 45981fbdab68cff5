/** Only same-site paths may be returned to after sign-in, never another origin. */
export function safeCallbackUrl(value: string | string[] | undefined): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return "/";
  if (candidate.startsWith("/login") || candidate.startsWith("/api/")) return "/";
  return candidate;
}

const signInErrors: Record<string, string> = {
  OAuthSignin: "Single sign-on could not start. Try again, or sign in with your email and password.",
  OAuthCallback: "Your identity provider did not complete the sign-in. Try again.",
  AccessDenied: "Your identity provider did not share an email address, so Pairwise cannot tell who you are.",
  SessionRequired: "Sign in to continue.",
  SsoNoEmail: "Your identity provider did not share an email address, so Pairwise cannot tell who you are.",
  SsoUnverifiedEmail:
    "Your identity provider has not verified your email address, so Pairwise cannot sign you in with it. Verify it there, or sign in with your email and password.",
  SsoForeignDomain:
    "Single sign-on is open to your organisation's email addresses only. Sign in with the account your organisation gave you.",
  SsoPrivilegedAccount:
    "Administrators and coordinators sign in with their email and password. Ask another administrator if you need a reset link.",
  SsoLinkedElsewhere: "This email address is already linked to another single sign-on identity. Ask a Pairwise administrator.",
  SsoDeactivated: "This account is deactivated. Ask a Pairwise administrator.",
};

export function signInErrorMessage(code: string | string[] | undefined): string | null {
  const value = Array.isArray(code) ? code[0] : code;
  if (!value) return null;
  return signInErrors[value] ?? "Sign-in did not complete. Try again.";
}

// A real OpenID Connect provider (the `oidc-provider` package) for the single sign-on e2e tests.
// Its development sign-in form takes any login as the person's e-mail and ignores the password;
// the claims follow from that e-mail, so a test controls them by what it types:
//   - sub is the e-mail as typed: signing in again with the same e-mail is the same identity;
//   - an e-mail starting with "unverified" carries email_verified: false, any other true.
// Run: node tests/support/oidc-provider.mjs (OIDC_TEST_PORT, OIDC_TEST_REDIRECT_URI).
import Provider from "oidc-provider";

const port = Number(process.env.OIDC_TEST_PORT ?? 3101);
const redirectUri = process.env.OIDC_TEST_REDIRECT_URI ?? "http://localhost:3100/api/auth/callback/sso";
export const testClient = { id: "pairwise-e2e", secret: "pairwise-e2e-client-secret-not-for-production" };

function claimsFor(login) {
  const email = String(login).trim().toLowerCase();
  const local = email.split("@")[0] ?? email;
  return {
    sub: String(login),
    email,
    email_verified: !local.startsWith("unverified"),
    name: local
      .split(/[.\-_]/)
      .filter(Boolean)
      .map((part) => part[0].toUpperCase() + part.slice(1))
      .join(" "),
  };
}

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: testClient.id,
      client_secret: testClient.secret,
      redirect_uris: [redirectUri],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // Put the scopes' claims in the ID token, as Entra ID, Google and Okta do: next-auth reads them there.
  conformIdTokenClaims: false,
  // The login typed into the form is the account id; its claims come from claimsFor.
  findAccount: (_ctx, id) => ({ accountId: id, claims: () => claimsFor(id) }),
  cookies: { keys: ["pairwise-e2e-cookie-key-not-for-production"] },
  features: { devInteractions: { enabled: true } },
});

const server = provider.listen(port, "127.0.0.1", () => {
  console.log(`Test OpenID Connect provider on http://127.0.0.1:${port}, redirecting to ${redirectUri}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));

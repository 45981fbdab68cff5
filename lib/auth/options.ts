import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyCredentials } from "@/lib/auth/credentials";
import { signInWithSingleSignOn } from "@/lib/auth/single-sign-on";
import type { Actor } from "@/lib/auth/permissions";
import { authSecret } from "@/lib/auth/secret";
import { clientAddress } from "@/lib/auth/sign-in-throttle";
import { withRequestAddress } from "@/lib/audit/request-address";
import { env } from "@/lib/env";

export const singleSignOnProviderId = "sso";

interface OidcProfile {
  sub: string;
  email?: string;
  email_verified?: unknown;
  name?: string;
  preferred_username?: string;
}

/** Any OpenID Connect issuer: Microsoft Entra ID, Okta, Google Workspace, Keycloak… */
function singleSignOnProvider(): OAuthConfig<OidcProfile> | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_DISPLAY_NAME } = env();
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  return {
    id: singleSignOnProviderId,
    name: OIDC_DISPLAY_NAME,
    type: "oauth",
    wellKnown: `${OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    idToken: true,
    checks: ["pkce", "state"],
    authorization: { params: { scope: "openid email profile" } },
    // Only what the sign-in policy reads; the account it opens replaces these in the signIn callback.
    profile: (profile) => ({
      id: profile.sub,
      email: profile.email ?? null,
      emailVerified: profile.email_verified,
      name: profile.name ?? profile.preferred_username ?? profile.email ?? null,
    }),
  };
}

export function singleSignOnName(): string | null {
  return singleSignOnProvider()?.name ?? null;
}

export function authOptions(): NextAuthOptions {
  const sso = singleSignOnProvider();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const headers = request?.headers as Record<string, string | undefined> | undefined;
          const address = clientAddress(headers?.["x-forwarded-for"], env().TRUSTED_PROXY_COUNT);
          const result = await withRequestAddress(address, () => verifyCredentials(credentials, address));
          // next-auth hands a thrown message back to the sign-in form as `error`.
          if (!result.ok) throw new Error(result.message);
          return result.actor;
        },
      }),
      ...(sso ? [sso] : []),
    ],
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== singleSignOnProviderId) return true;
        const result = await signInWithSingleSignOn({
          subject: String(user.id),
          email: user.email ?? null,
          emailVerified: (user as { emailVerified?: unknown }).emailVerified,
          name: user.name ?? null,
        });
        if (!result.ok) return `/login?error=${result.refusal}`;
        // next-auth hands this same object to the jwt callback: from here on it is the account.
        Object.assign(user, result.actor);
        return true;
      },
      async jwt({ token, user }) {
        if (!user) return token;
        const actor = user as Actor;
        return { ...token, sub: actor.id, uid: actor.id, role: actor.role, name: actor.name, email: actor.email };
      },
      async session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.uid, role: token.role } };
      },
    },
  };
}

import "server-only";
import { decode } from "next-auth/jwt";
import { authSecret } from "@/lib/auth/secret";
import { env } from "@/lib/env";

/** next-auth's session cookie: `__Secure-` on an https address, as next-auth names it. */
export function sessionCookieName(): string {
  return `${env().NEXTAUTH_URL?.startsWith("https://") ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * The account id in the session cookie; null when there is none, or it does not decrypt, or it has
 * expired. Pages only need to read the session: next-auth's getServerSession also builds its whole
 * request handler and encrypts a renewed token that a page cannot send back, on every page view.
 * `read` returns a cookie's value by name; a large token arrives split into `.0`, `.1`… cookies.
 */
export async function sessionUserId(read: (name: string) => string | undefined): Promise<string | null> {
  const name = sessionCookieName();
  const token = read(name) ?? joinedChunks(read, name);
  if (!token) return null;
  try {
    const payload = await decode({ token, secret: authSecret() });
    return typeof payload?.uid === "string" ? payload.uid : null;
  } catch {
    // Tampered with, signed with another key, or expired: signed out, as next-auth treats it.
    return null;
  }
}

function joinedChunks(read: (name: string) => string | undefined, name: string): string {
  const chunks: string[] = [];
  for (let part = 0; ; part++) {
    const chunk = read(`${name}.${part}`);
    if (chunk === undefined) return chunks.join("");
    chunks.push(chunk);
  }
}

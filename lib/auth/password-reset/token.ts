import { createHash, randomBytes } from "node:crypto";

/** How long a reset link works. */
export const resetLinkMinutes = 60;

export function newResetToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashResetToken(token) };
}

/** Only the hash is stored, so a copy of the database holds no working link. */
export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

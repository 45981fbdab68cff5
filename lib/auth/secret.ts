import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { env } from "@/lib/env";

const secretFile = resolve(".data/auth-secret");
let cached: string | undefined;

/**
 * The key that signs session tokens: NEXTAUTH_SECRET when set, otherwise one generated on first
 * start and kept under .data/, so a zero-configuration install still has a private, stable key.
 */
export function authSecret(): string {
  cached ??= env().NEXTAUTH_SECRET ?? readOrCreateSecretFile();
  return cached;
}

function readOrCreateSecretFile(): string {
  try {
    return readFileSync(secretFile, "utf8").trim();
  } catch {
    const secret = randomBytes(48).toString("base64");
    mkdirSync(dirname(secretFile), { recursive: true });
    writeFileSync(secretFile, secret, { mode: 0o600, flag: "wx" });
    return secret;
  }
}

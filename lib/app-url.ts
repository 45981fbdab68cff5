import { env } from "@/lib/env";

/** A full web address for a path inside Pairwise, for links people copy or receive by e-mail. */
export function absoluteUrl(path: string): string {
  return new URL(path, env().NEXTAUTH_URL ?? "http://localhost:3000").toString();
}

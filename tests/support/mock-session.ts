import type { Actor } from "@/lib/auth/permissions";

/**
 * Stands in for app/_server/session in integration tests: the test says who is calling. One
 * shared module, because integration files share a module registry (isolate: false) and server
 * action modules load once.
 */
export const testSession: { actor: Actor | null } = { actor: null };

export async function getActor(): Promise<Actor | null> {
  return testSession.actor;
}

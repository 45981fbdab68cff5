import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The client address of the request being served, for the audit trail. The app's edge (server
 * actions, route handlers, sign-in) sets it once per request, so domain functions record where an
 * event came from without every signature carrying it.
 */
const requestAddress = new AsyncLocalStorage<string>();

export function withRequestAddress<T>(address: string | null, work: () => Promise<T>): Promise<T> {
  return address === null ? work() : requestAddress.run(address, work);
}

/** The current request's address, or null outside a request (a job, a script, the seed). */
export function currentRequestAddress(): string | null {
  return requestAddress.getStore() ?? null;
}

import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { clientAddress } from "@/lib/auth/sign-in-throttle";
import { env } from "@/lib/env";

/** The address of the person making this request, as the trusted proxies report it. */
export async function requestAddress(): Promise<string> {
  return clientAddress((await headers()).get("x-forwarded-for"), env().TRUSTED_PROXY_COUNT);
}

/**
 * The same, or null when there is no request to read it from (a test or a script calling an
 * action directly): the audit trail then records no address rather than failing the action.
 */
export async function requestAddressIfAny(): Promise<string | null> {
  try {
    return await requestAddress();
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
}

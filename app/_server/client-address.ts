import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/sign-in-throttle";
import { env } from "@/lib/env";

/** The address of the person making this request, as the trusted proxies report it. */
export async function requestAddress(): Promise<string> {
  return clientAddress((await headers()).get("x-forwarded-for"), env().TRUSTED_PROXY_COUNT);
}

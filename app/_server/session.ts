import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { findSignedIn, type SignedIn } from "@/lib/auth/find-signed-in";
import { can, type Action, type Actor } from "@/lib/auth/permissions";
import { sessionUserId } from "@/lib/auth/session-token";

/**
 * The signed-in person, re-read from the database; null when signed out or deactivated. Once per
 * request: the layouts and the page all ask, and each answer costs a token decryption and a query.
 */
export const getSignedIn = cache(async (): Promise<SignedIn | null> => {
  const store = await cookies();
  const id = await sessionUserId((name) => store.get(name)?.value);
  return id ? findSignedIn(id) : null;
});

export async function getActor(): Promise<Actor | null> {
  return (await getSignedIn())?.actor ?? null;
}

export async function requireSignedIn(): Promise<SignedIn> {
  const signedIn = await getSignedIn();
  if (!signedIn) redirect("/login");
  return signedIn;
}

export async function requireActor(): Promise<Actor> {
  return (await requireSignedIn()).actor;
}

/** For pages: signed-out people go to sign-in, people without the permission get the 403 page. */
export async function requirePageAccess(action: Action): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor, action)) forbidden();
  return actor;
}

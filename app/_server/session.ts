import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { findActor } from "@/lib/auth/credentials";
import { authOptions } from "@/lib/auth/options";
import { can, type Action, type Actor } from "@/lib/auth/permissions";

/**
 * The signed-in person, re-read from the database; null when signed out or deactivated. Once per
 * request: the layouts and the page all ask, and each answer costs a token decryption and a query.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  return id ? findActor(id) : null;
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

/** For pages: signed-out people go to sign-in, people without the permission get the 403 page. */
export async function requirePageAccess(action: Action): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor, action)) forbidden();
  return actor;
}

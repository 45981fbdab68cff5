import "server-only";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

/** What a loader returns, with its NOT_FOUND error shown as the 404 page; other errors go on. */
export function orNotFound<T>(load: Promise<T>): Promise<T> {
  return load.catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
}

/** The loader of a page about one record: `find` with the ids from the route, its NOT_FOUND shown as the 404 page. */
export function findOrNotFound<Ids extends unknown[], T>(
  find: (actor: Actor, ...ids: Ids) => Promise<T>,
  ...ids: Ids
): (actor: Actor) => Promise<T> {
  return (actor) => orNotFound(find(actor, ...ids));
}

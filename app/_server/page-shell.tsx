import "server-only";
import { Suspense, type ReactNode } from "react";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import type { Action, Actor } from "@/lib/auth/permissions";
import { requirePageAccess } from "@/app/_server/session";

/**
 * A page behind a permission: the check runs before anything streams, so a refused request gets a
 * real 403 (or the sign-in page); the content then loads behind a skeleton. A `key` (a filter,
 * say) shows the skeleton again when it changes.
 */
export async function permissionPage(action: Action, content: (actor: Actor) => ReactNode, key?: string): Promise<ReactNode> {
  const actor = await requirePageAccess(action);
  return (
    <Suspense key={key} fallback={<PageSkeleton />}>
      {content(actor)}
    </Suspense>
  );
}

/**
 * A permission page drawn from what a loader returns for the actor: `load` runs behind the skeleton
 * once the check has passed, and `view` draws its result.
 */
export async function loadedPage<T>(
  action: Action,
  load: (actor: Actor) => Promise<T>,
  view: (data: T, actor: Actor) => ReactNode,
  key?: string,
): Promise<ReactNode> {
  return permissionPage(action, (actor) => <Loaded load={() => load(actor)} view={(data) => view(data, actor)} />, key);
}

async function Loaded<T>({ load, view }: { load: () => Promise<T>; view: (data: T) => ReactNode }) {
  return view(await load());
}

import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { navigationFor } from "@/lib/auth/navigation";
import { shellRoleLabel } from "@/lib/mentoring/shell-role-label";
import { countUnread } from "@/lib/notifications/inbox";
import { requireActor } from "@/app/_server/session";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const unread = await countUnread(actor);
  const sections = navigationFor(actor).map(({ section, items }) => ({
    section,
    items: items.map(({ href, label }) => ({ href, label, count: href === "/me/inbox" ? unread : undefined })),
  }));
  return (
    <AppShell user={{ name: actor.name, email: actor.email, roleLabel: await shellRoleLabel(actor) }} sections={sections}>
      {children}
    </AppShell>
  );
}

import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { navigationFor } from "@/lib/auth/navigation";
import { requireSignedIn } from "@/app/_server/session";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const { actor, unread, roleLabel } = await requireSignedIn();
  const sections = navigationFor(actor).map(({ section, items }) => ({
    section,
    items: items.map(({ href, label }) => ({ href, label, count: href === "/me/inbox" ? unread : undefined })),
  }));
  return (
    <AppShell user={{ name: actor.name, email: actor.email, roleLabel }} sections={sections}>
      {children}
    </AppShell>
  );
}

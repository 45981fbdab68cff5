import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { navigationFor } from "@/lib/auth/navigation";
import { roleLabels } from "@/lib/auth/permissions";
import { requireActor } from "@/app/_server/session";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const sections = navigationFor(actor).map(({ section, items }) => ({
    section,
    items: items.map(({ href, label }) => ({ href, label })),
  }));
  return (
    <AppShell user={{ name: actor.name, email: actor.email, roleLabel: roleLabels[actor.role] }} sections={sections}>
      {children}
    </AppShell>
  );
}

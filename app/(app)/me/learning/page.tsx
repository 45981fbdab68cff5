import type { Metadata } from "next";
import { Suspense } from "react";
import { ResourceChecklist } from "@/components/resources/resource-list";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import type { Actor } from "@/lib/auth/permissions";
import { resourcesForMe } from "@/lib/resources/resources";
import { requirePageAccess } from "@/app/_server/session";
import { setResourceCompletionAction } from "./actions";

export const metadata: Metadata = { title: "My learning" };

export default async function LearningPage() {
  const actor = await requirePageAccess("own-mentoring:read");
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Learning actor={actor} />
    </Suspense>
  );
}

async function Learning({ actor }: { actor: Actor }) {
  const resources = await resourcesForMe(actor);
  return (
    <>
      <PageHeader title="My learning" description="Guides, courses, workshops and videos for the programmes you take part in." />
      <Card>
        {resources.length === 0 ? (
          <EmptyState title="Nothing here yet">When your coordinator adds resources for your programmes, they appear here.</EmptyState>
        ) : (
          <ResourceChecklist items={resources.map((r) => ({ ...r, completed: r.completedAt !== null }))} action={setResourceCompletionAction} />
        )}
      </Card>
    </>
  );
}

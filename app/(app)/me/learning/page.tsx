import type { Metadata } from "next";
import { ResourceChecklist } from "@/components/resources/resource-list";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { resourcesForMe } from "@/lib/resources/resources";
import { loadedPage } from "@/app/_server/page-shell";
import { setResourceCompletionAction } from "./actions";

export const metadata: Metadata = { title: "My learning" };

export default async function LearningPage() {
  return loadedPage("own-mentoring:read", resourcesForMe, (resources) => (
    <>
      <PageHeader title="My learning" description="Guides, courses, workshops and videos for the programmes you take part in." />
      <Card>
        {resources.length === 0 ? (
          <EmptyState title="Nothing here yet">
            When your coordinator adds resources for your programmes, they appear here.
          </EmptyState>
        ) : (
          <ResourceChecklist
            items={resources.map((r) => ({ ...r, completed: r.completedAt !== null }))}
            action={setResourceCompletionAction}
          />
        )}
      </Card>
    </>
  ));
}

import { plural } from "@/lib/format";
import type { Metadata } from "next";
import { ResourceForm } from "@/components/resources/resource-form";
import { ResourceItem, resourceAudienceLabels, resourceRow } from "@/components/resources/resource-item";
import { DividedList } from "@/components/ui/table";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listPrograms } from "@/lib/programs/programs";
import { listAllResources } from "@/lib/resources/resources";
import { loadedPage } from "@/app/_server/page-shell";
import { addResourceAction, removeResourceAction } from "./actions";

export const metadata: Metadata = { title: "Resource library" };

export default async function ResourcesPage() {
  return loadedPage(
    "resources:write",
    (actor) => Promise.all([listAllResources(actor), listPrograms(actor)]),
    ([resources, programs]) => (
      <>
        <PageHeader
          title="Resource library"
          description="Guides, courses, workshops and videos for mentors and mentees. Items marked as required must be completed before a mentor counts as ready."
        />
        <div className="grid gap-6 lg:grid-cols-5">
          <Card className="lg:col-span-3" title="In the library">
            <DividedList
              items={resources}
              itemKey={(r) => r.id}
              className={resourceRow}
              empty={<EmptyState title="The library is empty">Add the guides your mentors and mentees should read.</EmptyState>}
            >
              {(r) => (
                <ResourceItem
                  resource={r}
                  badges={
                    <>
                      <Badge>{resourceAudienceLabels[r.audience]}</Badge>
                      <Badge tone="info">{r.program?.name ?? "All programmes"}</Badge>
                      {r.requiredForReadiness && <Badge tone="warning">Required for readiness</Badge>}
                    </>
                  }
                  action={
                    <ActionButton
                      action={removeResourceAction}
                      input={{ id: r.id }}
                      label="Remove"
                      variant="ghost"
                      confirm={`Remove "${r.title}" from the library?`}
                    />
                  }
                >
                  <p className="mt-1 text-xs text-slate-500">
                    Completed by {r._count.completions} {plural(r._count.completions, "person", "people")}
                    {r.fileName && ` · file: ${r.fileName}`}
                  </p>
                </ResourceItem>
              )}
            </DividedList>
          </Card>
          <Card className="lg:col-span-2" title="Add a resource">
            <ResourceForm programs={programs.map((p) => ({ id: p.id, name: p.name }))} action={addResourceAction} />
          </Card>
        </div>
      </>
    ),
  );
}

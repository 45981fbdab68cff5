import { plural } from "@/lib/format";
import type { Metadata } from "next";
import { ResourceForm } from "@/components/resources/resource-form";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { Actor } from "@/lib/auth/permissions";
import { listPrograms } from "@/lib/programs/programs";
import { listAllResources } from "@/lib/resources/resources";
import { resourceKindLabels } from "@/lib/resources/schemas";
import { permissionPage } from "@/app/_server/page-shell";
import { addResourceAction, removeResourceAction } from "./actions";

export const metadata: Metadata = { title: "Resource library" };

export default async function ResourcesPage() {
  return permissionPage("resources:write", (actor) => <Library actor={actor} />);
}

async function Library({ actor }: { actor: Actor }) {
  const [resources, programs] = await Promise.all([listAllResources(actor), listPrograms(actor)]);
  return (
    <>
      <PageHeader
        title="Resource library"
        description="Guides, courses, workshops and videos for mentors and mentees. Items marked as required must be completed before a mentor counts as ready."
      />
      <div className="grid gap-6 lg:grid-cols-5">
        <Card className="lg:col-span-3" title="In the library">
          {resources.length === 0 ? (
            <EmptyState title="The library is empty">Add the guides your mentors and mentees should read.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {resources.map((r) => (
                <li key={r.id} className="flex flex-wrap items-start justify-between gap-3 py-3 first:pt-0 last:pb-0">
                  <div className="text-sm">
                    <a
                      href={r.url ?? `/resources/${r.id}/file`}
                      target={r.url ? "_blank" : undefined}
                      rel="noreferrer"
                      className="font-semibold text-slate-900 hover:text-brand-700 hover:underline"
                    >
                      {r.title}
                    </a>
                    <p className="mt-1 flex flex-wrap gap-1.5">
                      <Badge>{resourceKindLabels[r.kind]}</Badge>
                      <Badge>
                        {r.audience === "BOTH" ? "Mentors and mentees" : r.audience === "MENTOR" ? "Mentors" : "Mentees"}
                      </Badge>
                      <Badge tone="info">{r.program?.name ?? "All programmes"}</Badge>
                      {r.requiredForReadiness && <Badge tone="warning">Required for readiness</Badge>}
                    </p>
                    <p className="mt-1 text-xs text-slate-500">
                      Completed by {r._count.completions} {plural(r._count.completions, "person", "people")}
                      {r.fileName && ` · file: ${r.fileName}`}
                    </p>
                  </div>
                  <ActionButton
                    action={removeResourceAction}
                    input={{ id: r.id }}
                    label="Remove"
                    variant="ghost"
                    confirm={`Remove "${r.title}" from the library?`}
                  />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card className="lg:col-span-2" title="Add a resource">
          <ResourceForm programs={programs.map((p) => ({ id: p.id, name: p.name }))} action={addResourceAction} />
        </Card>
      </div>
    </>
  );
}

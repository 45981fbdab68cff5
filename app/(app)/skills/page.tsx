import type { Metadata } from "next";
import { Suspense } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { InlineForm } from "@/components/ui/inline-form";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import type { Actor } from "@/lib/auth/permissions";
import { skillTaxonomy } from "@/lib/profiles/skills";
import { requirePageAccess } from "@/app/_server/session";
import { addSkillAction, approveSkillAction, mergeSkillAction } from "./actions";

export const metadata: Metadata = { title: "Skills" };

export default async function SkillsPage() {
  const actor = await requirePageAccess("programs:write");
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Skills actor={actor} />
    </Suspense>
  );
}

async function Skills({ actor }: { actor: Actor }) {
  const { approved, suggestions } = await skillTaxonomy(actor);
  return (
    <>
      <PageHeader
        title="Skills"
        description="The shared vocabulary for what people can teach and want to learn. Skills people type that are not listed here arrive as suggestions: approve them, or merge them into an existing skill so matching sees one name."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={`Suggestions (${suggestions.length})`}>
          {suggestions.length === 0 ? (
            <EmptyState title="No suggestions waiting" />
          ) : (
            <ul className="divide-y divide-slate-100">
              {suggestions.map((s) => (
                <li key={s.id} className="space-y-2 py-3 first:pt-0 last:pb-0">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <p className="text-sm font-semibold text-slate-900">
                      {s.name} <span className="font-normal text-slate-500">· on {s.people} profile{s.people === 1 ? "" : "s"}</span>
                    </p>
                    <ActionButton action={approveSkillAction} input={{ id: s.id }} label={`Approve ${s.name}`} variant="secondary" />
                  </div>
                  {approved.length > 0 && (
                    <InlineForm
                      fixed={{ fromId: s.id }}
                      submitLabel={`Merge ${s.name}`}
                      action={mergeSkillAction}
                      fields={[{ name: "intoId", label: "Merge into", type: "select", options: approved.map((a) => ({ value: a.id, label: a.name })), wide: true }]}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={`Taxonomy (${approved.length})`}>
          <InlineForm fixed={{}} submitLabel="Add skill" action={addSkillAction} fields={[{ name: "name", label: "New skill", placeholder: "e.g. Negotiation", wide: true }]} />
          <ul className="mt-4 flex flex-wrap gap-2">
            {approved.map((s) => (
              <li key={s.id} className="rounded-full bg-slate-100 px-3 py-1 text-xs text-slate-700">
                {s.name} <span className="text-slate-500">({s.people})</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}

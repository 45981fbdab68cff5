import { plural } from "@/lib/format";
import type { Metadata } from "next";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { DividedList } from "@/components/ui/table";
import { InlineForm } from "@/components/ui/inline-form";
import { PageHeader } from "@/components/ui/page-header";
import { skillTaxonomy } from "@/lib/profiles/skills";
import { loadedPage } from "@/app/_server/page-shell";
import { addSkillAction, approveSkillAction, mergeSkillAction } from "./actions";

/** How each item lays out. */
const suggestionRow = "space-y-2 py-3 first:pt-0 last:pb-0";

export const metadata: Metadata = { title: "Skills" };

export default async function SkillsPage() {
  return loadedPage("programs:write", skillTaxonomy, ({ approved, suggestions }) => (
    <>
      <PageHeader
        title="Skills"
        description="The shared vocabulary for what people can teach and want to learn. Skills people type that are not listed here arrive as suggestions: approve them, or merge them into an existing skill so matching sees one name."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={`Suggestions (${suggestions.length})`}>
          <DividedList items={suggestions} itemKey={(s) => s.id} empty="No suggestions waiting" className={suggestionRow}>
            {(s) => (
              <>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="text-sm font-semibold text-slate-900">
                    {s.name}{" "}
                    <span className="font-normal text-slate-500">
                      · on {s.people} {plural(s.people, "profile")}
                    </span>
                  </p>
                  <ActionButton
                    action={approveSkillAction}
                    input={{ id: s.id }}
                    label={`Approve ${s.name}`}
                    variant="secondary"
                  />
                </div>
                {approved.length > 0 && (
                  <InlineForm
                    fixed={{ fromId: s.id }}
                    submitLabel={`Merge ${s.name}`}
                    action={mergeSkillAction}
                    fields={[
                      {
                        name: "intoId",
                        label: "Merge into",
                        type: "select",
                        options: approved.map((a) => ({ value: a.id, label: a.name })),
                        wide: true,
                      },
                    ]}
                  />
                )}
              </>
            )}
          </DividedList>
        </Card>
        <Card title={`Taxonomy (${approved.length})`}>
          <InlineForm
            fixed={{}}
            submitLabel="Add skill"
            action={addSkillAction}
            fields={[{ name: "name", label: "New skill", placeholder: "e.g. Negotiation", wide: true }]}
          />
          <ul className="mt-4 flex flex-wrap gap-2">
            {approved.map((s) => (
              <li key={s.id} className="rounded-full bg-slate-100 px-3 py-1 text-xs text-slate-700">
                {s.name} <span className="text-slate-600">({s.people})</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  ));
}

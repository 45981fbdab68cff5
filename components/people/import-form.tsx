"use client";

import { Badge } from "@/components/ui/badge";
import { CsvImportForm, ImportCounts } from "@/components/ui/csv-import-form";
import { DataTable, Td } from "@/components/ui/table";
import type { ActionResult } from "@/lib/action-result";
import { counted } from "@/lib/format";
import type { ImportPlan } from "@/lib/people/plan-import";

type Action = (input: { csv: string }) => Promise<ActionResult<ImportPlan>>;

const changeBadges = {
  create: { tone: "success", label: "New" },
  update: { tone: "info", label: "Update" },
  unchanged: { tone: "neutral", label: "Unchanged" },
} as const;

/** Choose a file, see exactly what would change and what to fix, then import. */
export function PeopleImportForm({ preview, apply }: { preview: Action; apply: Action }) {
  return (
    <CsvImportForm
      id="csv-file"
      hint="Columns: name, email, department, title, level, manager email, location, time zone, hire date. Only name and email are required; people are matched by email."
      preview={preview}
      apply={apply}
      overview={(plan) => (
        <ImportCounts plan={plan} words={{ updates: "updated", unchanged: "unchanged" }}>
          {plan.newDepartments.length > 0 && `; new departments: ${plan.newDepartments.join(", ")}`}.
        </ImportCounts>
      )}
      details={(plan) => (
        <DataTable
          caption="First rows"
          columns={["Line", "Person", "Department", "Manager", "Change"]}
          rows={plan.sample}
          rowKey={(row) => String(row.line)}
        >
          {(row) => (
            <>
              <Td className="tabular-nums">{row.line}</Td>
              <Td>
                {row.name} <span className="text-slate-500">{row.email}</span>
              </Td>
              <Td>{row.department ?? "—"}</Td>
              <Td>{row.manager ?? "—"}</Td>
              <Td>
                <Badge tone={changeBadges[row.action].tone}>{changeBadges[row.action].label}</Badge>
              </Td>
            </>
          )}
        </DataTable>
      )}
      importLabel={(changes) => `Import ${counted(changes, "person", "people")}`}
      back={{ href: "/people", label: "Back to the directory" }}
    />
  );
}

"use client";

import { Badge } from "@/components/ui/badge";
import { CsvImportForm } from "@/components/ui/csv-import-form";
import { Table, Td, Th } from "@/components/ui/table";
import type { ActionResult } from "@/lib/action-result";
import { counted, plural } from "@/lib/format";
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
        <p className="text-sm text-slate-800">
          {plan.rows} {plural(plan.rows, "row")}: <strong>{plan.creates}</strong> new, <strong>{plan.updates}</strong> updated,{" "}
          <strong>{plan.unchanged}</strong> unchanged
          {plan.newDepartments.length > 0 && `; new departments: ${plan.newDepartments.join(", ")}`}.
        </p>
      )}
      details={(plan) => (
        <Table caption="First rows">
          <thead>
            <tr>
              <Th>Line</Th>
              <Th>Person</Th>
              <Th>Department</Th>
              <Th>Manager</Th>
              <Th>Change</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {plan.sample.map((row) => (
              <tr key={row.line}>
                <Td className="tabular-nums">{row.line}</Td>
                <Td>
                  {row.name} <span className="text-slate-500">{row.email}</span>
                </Td>
                <Td>{row.department ?? "—"}</Td>
                <Td>{row.manager ?? "—"}</Td>
                <Td>
                  <Badge tone={changeBadges[row.action].tone}>{changeBadges[row.action].label}</Badge>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      importLabel={(changes) => `Import ${counted(changes, "person", "people")}`}
      back={{ href: "/people", label: "Back to the directory" }}
    />
  );
}

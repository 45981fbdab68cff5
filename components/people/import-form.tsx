"use client";

import { plural } from "@/lib/format";
import { useState, useTransition } from "react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { ImportIssues } from "@/components/ui/import-issues";
import type { ActionResult } from "@/lib/action-result";
import type { ImportPlan } from "@/lib/people/plan-import";

type Action = (input: { csv: string }) => Promise<ActionResult<ImportPlan>>;

/** Choose a file, see exactly what would change and what to fix, then import. */
export function PeopleImportForm({ preview, apply }: { preview: Action; apply: Action }) {
  const [csv, setCsv] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [previewed, setPreviewed] = useState<ActionResult<ImportPlan> | null>(null);
  const [applied, setApplied] = useState<ActionResult<ImportPlan> | null>(null);
  const [pending, startTransition] = useTransition();
  const plan = previewed?.ok ? previewed.data : undefined;
  const inputError = previewed && !previewed.ok ? (previewed.fieldErrors?.csv?.[0] ?? previewed.message) : null;

  return (
    <div className="space-y-6">
      <div className="space-y-1.5">
        <label htmlFor="csv-file" className="block text-sm font-medium text-slate-800">
          CSV file
        </label>
        <input
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="csv-hint"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            setPreviewed(null);
            setApplied(null);
            setFileName(file?.name ?? null);
            setCsv(file ? await file.text() : "");
          }}
          className="block text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-sm file:font-semibold file:text-brand-700 hover:file:bg-brand-100"
        />
        <p id="csv-hint" className="text-xs text-slate-500">
          Columns: name, email, department, title, level, manager email, location, time zone, hire date. Only name and email are
          required; people are matched by email.
        </p>
        {inputError && (
          <p role="alert" className="text-xs font-medium text-red-700">
            {inputError}
          </p>
        )}
      </div>
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setApplied(null);
            setPreviewed(await preview({ csv }));
          })
        }
      >
        {pending && !plan ? "Checking…" : `Preview${fileName ? ` ${fileName}` : ""}`}
      </Button>

      {plan && (
        <section aria-label="Import preview" className="space-y-4">
          <p className="text-sm text-slate-800">
            {plan.rows} {plural(plan.rows, "row")}: <strong>{plan.creates}</strong> new, <strong>{plan.updates}</strong> updated,{" "}
            <strong>{plan.unchanged}</strong> unchanged
            {plan.newDepartments.length > 0 && `; new departments: ${plan.newDepartments.join(", ")}`}.
          </p>
          {plan.issues.length > 0 ? (
            <ImportIssues issues={plan.issues} />
          ) : (
            <>
              <table className="min-w-full divide-y divide-slate-200 text-sm">
                <caption className="sr-only">First rows</caption>
                <thead>
                  <tr className="text-left text-xs tracking-wide text-slate-500 uppercase">
                    <th scope="col" className="py-2 pr-4">
                      Line
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      Person
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      Department
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      Manager
                    </th>
                    <th scope="col" className="py-2">
                      Change
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {plan.sample.map((row) => (
                    <tr key={row.line}>
                      <td className="py-2 pr-4 tabular-nums">{row.line}</td>
                      <td className="py-2 pr-4">
                        {row.name} <span className="text-slate-500">{row.email}</span>
                      </td>
                      <td className="py-2 pr-4">{row.department ?? "—"}</td>
                      <td className="py-2 pr-4">{row.manager ?? "—"}</td>
                      <td className="py-2">
                        <Badge tone={row.action === "create" ? "success" : row.action === "update" ? "info" : "neutral"}>
                          {row.action === "create" ? "New" : row.action === "update" ? "Update" : "Unchanged"}
                        </Badge>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Button
                disabled={pending || plan.creates + plan.updates === 0}
                onClick={() =>
                  startTransition(async () => {
                    setApplied(await apply({ csv }));
                  })
                }
              >
                {pending
                  ? "Importing…"
                  : `Import ${plan.creates + plan.updates} ${plural(plan.creates + plan.updates, "person", "people")}`}
              </Button>
            </>
          )}
        </section>
      )}
      {applied && (
        <div className="space-y-3">
          <FormMessage tone={applied.ok ? "success" : "error"}>{applied.message}</FormMessage>
          {applied.ok && (
            <Link href="/people" className={buttonClass("secondary")}>
              Back to the directory
            </Link>
          )}
        </div>
      )}
    </div>
  );
}

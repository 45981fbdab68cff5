"use client";

import { useState, useTransition } from "react";
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { ImportIssues } from "@/components/ui/import-issues";
import type { ActionResult } from "@/lib/action-result";
import type { HrImportPlan } from "@/lib/hr/import";

type Action = (input: { csv: string }) => Promise<ActionResult<HrImportPlan>>;

const kindLabels: Record<keyof HrImportPlan["byKind"], string> = {
  EXIT: "exits",
  PROMOTION: "promotions",
  SALARY: "salaries",
  RATING: "ratings",
  ENGAGEMENT: "engagement scores",
};

/** Choose the HR system's file, see what it holds and what to fix, then import it all or nothing. */
export function HrImportForm({ preview, apply }: { preview: Action; apply: Action }) {
  const [csv, setCsv] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [previewed, setPreviewed] = useState<ActionResult<HrImportPlan> | null>(null);
  const [applied, setApplied] = useState<ActionResult<HrImportPlan> | null>(null);
  const [pending, startTransition] = useTransition();
  const plan = previewed?.ok ? previewed.data : undefined;
  const inputError = previewed && !previewed.ok ? (previewed.fieldErrors?.csv?.[0] ?? previewed.message) : null;
  const changes = plan ? plan.creates + plan.updates : 0;

  return (
    <div className="space-y-6">
      <div className="space-y-1.5">
        <label htmlFor="hr-csv-file" className="block text-sm font-medium text-slate-800">
          CSV file
        </label>
        <input
          id="hr-csv-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="hr-csv-hint"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            setPreviewed(null);
            setApplied(null);
            setFileName(file?.name ?? null);
            setCsv(file ? await file.text() : "");
          }}
          className="block text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-sm file:font-semibold file:text-brand-700 hover:file:bg-brand-100"
        />
        <p id="hr-csv-hint" className="text-xs text-slate-500">
          One event per row. Columns: email, event (exit, promotion, salary, rating or engagement), date (YYYY-MM-DD), and what
          the event needs: voluntary (yes or no) for an exit, new level for a promotion, annual salary or salary band, rating
          (1–5), engagement (0–100).
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
          {plan.issues.length > 0 ? (
            <ImportIssues issues={plan.issues} />
          ) : (
            <>
              <p className="text-sm text-slate-800">
                {plan.rows} row{plan.rows === 1 ? "" : "s"}: <strong>{plan.creates}</strong> new, <strong>{plan.updates}</strong>{" "}
                corrected, <strong>{plan.unchanged}</strong> already imported.{" "}
                {Object.entries(plan.byKind)
                  .filter(([, n]) => n > 0)
                  .map(([kind, n]) => `${n} ${kindLabels[kind as keyof typeof kindLabels]}`)
                  .join(", ")}
              </p>
              <Button
                disabled={pending || changes === 0}
                onClick={() =>
                  startTransition(async () => {
                    setApplied(await apply({ csv }));
                  })
                }
              >
                {pending ? "Importing…" : `Import ${changes} event${changes === 1 ? "" : "s"}`}
              </Button>
            </>
          )}
        </section>
      )}
      {applied && (
        <div className="space-y-3">
          <FormMessage tone={applied.ok ? "success" : "error"}>{applied.message}</FormMessage>
          {applied.ok && (
            <Link href="/hr" className={buttonClass("secondary")}>
              Back to HR outcomes
            </Link>
          )}
        </div>
      )}
    </div>
  );
}

"use client";

import { useState, useTransition, type ReactNode } from "react";
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { ImportIssues } from "@/components/ui/import-issues";
import { plural } from "@/lib/format";
import type { ActionResult } from "@/lib/action-result";
import type { ImportIssue } from "@/lib/people/plan-import";

interface PlanShape {
  creates: number;
  updates: number;
  issues: ImportIssue[];
}

type Action<Plan> = (input: { csv: string }) => Promise<ActionResult<Plan>>;

/**
 * Every CSV import: choose a file, preview what it would change and what to fix, then import it
 * all or nothing. The caller says what its columns are and how its plan reads.
 */
export function CsvImportForm<Plan extends PlanShape>({
  id,
  hint,
  preview,
  apply,
  overview,
  details,
  importLabel,
  back,
}: {
  id: string;
  hint: string;
  preview: Action<Plan>;
  apply: Action<Plan>;
  /** Shown above the plan whether or not it has problems. */
  overview?: (plan: Plan) => ReactNode;
  /** Shown with the import button when the file has no problems. */
  details: (plan: Plan) => ReactNode;
  importLabel: (changes: number) => string;
  back: { href: string; label: string };
}) {
  const [csv, setCsv] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [previewed, setPreviewed] = useState<ActionResult<Plan> | null>(null);
  const [applied, setApplied] = useState<ActionResult<Plan> | null>(null);
  const [pending, startTransition] = useTransition();
  const plan = previewed?.ok ? previewed.data : undefined;
  const inputError = previewed && !previewed.ok ? (previewed.fieldErrors?.csv?.[0] ?? previewed.message) : null;
  const changes = plan ? plan.creates + plan.updates : 0;

  return (
    <div className="space-y-6">
      <div className="space-y-1.5">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          CSV file
        </label>
        <input
          id={id}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${id}-hint`}
          onChange={async (event) => {
            const file = event.target.files?.[0];
            setPreviewed(null);
            setApplied(null);
            setFileName(file?.name ?? null);
            setCsv(file ? await file.text() : "");
          }}
          className="block text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-sm file:font-semibold file:text-brand-700 hover:file:bg-brand-100"
        />
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
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
          {overview?.(plan)}
          {plan.issues.length > 0 ? (
            <ImportIssues issues={plan.issues} />
          ) : (
            <>
              {details(plan)}
              <Button
                disabled={pending || changes === 0}
                onClick={() =>
                  startTransition(async () => {
                    setApplied(await apply({ csv }));
                  })
                }
              >
                {pending ? "Importing…" : importLabel(changes)}
              </Button>
            </>
          )}
        </section>
      )}
      {applied && (
        <div className="space-y-3">
          <FormMessage tone={applied.ok ? "success" : "error"}>{applied.message}</FormMessage>
          {applied.ok && (
            <Link href={back.href} className={buttonClass("secondary")}>
              {back.label}
            </Link>
          )}
        </div>
      )}
    </div>
  );
}

/** What a file would do, row by row: "12 rows: 3 new, 2 updated, 7 unchanged", then anything the import adds. */
export function ImportCounts({
  plan,
  words,
  children,
}: {
  plan: { rows: number; creates: number; updates: number; unchanged: number };
  /** How this import names a changed row and an unchanged one. */
  words: { updates: string; unchanged: string };
  children?: ReactNode;
}) {
  return (
    <p className="text-sm text-slate-800">
      {plan.rows} {plural(plan.rows, "row")}: <strong>{plan.creates}</strong> new, <strong>{plan.updates}</strong> {words.updates}
      , <strong>{plan.unchanged}</strong> {words.unchanged}
      {children}
    </p>
  );
}

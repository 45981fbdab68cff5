"use client";

import { CsvImportForm, ImportCounts } from "@/components/ui/csv-import-form";
import type { ActionResult } from "@/lib/action-result";
import { counted } from "@/lib/format";
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
  return (
    <CsvImportForm
      id="hr-csv-file"
      hint="One event per row. Columns: email, event (exit, promotion, salary, rating or engagement), date (YYYY-MM-DD), and what the event needs: voluntary (yes or no) for an exit, new level for a promotion, annual salary or salary band, rating (1–5), engagement (0–100)."
      preview={preview}
      apply={apply}
      details={(plan) => (
        <ImportCounts plan={plan} words={{ updates: "corrected", unchanged: "already imported" }}>
          .{" "}
          {Object.entries(plan.byKind)
            .filter(([, n]) => n > 0)
            .map(([kind, n]) => `${n} ${kindLabels[kind as keyof typeof kindLabels]}`)
            .join(", ")}
        </ImportCounts>
      )}
      importLabel={(changes) => `Import ${counted(changes, "event")}`}
      back={{ href: "/hr", label: "Back to HR outcomes" }}
    />
  );
}

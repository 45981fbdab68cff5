import { counted } from "@/lib/format";

/** What previewing a CSV import (people or HR records) says: the problems to fix first, or that it is ready. */
export function importPreviewMessage(plan: { issues: readonly unknown[] }): string {
  return plan.issues.length ? `${counted(plan.issues.length, "problem")} to fix before importing.` : "Ready to import.";
}

import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { auditActionNames, auditActions } from "@/lib/audit/audit-actions";

const text = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");
const actionChoices = auditActionNames.map((name) => ({ value: name, label: auditActions[name] }));

/** The audit trail's filters, sent in the address bar so a filtered view can be bookmarked or shared. */
export function AuditFilterForm({
  values,
  errors,
}: {
  values: Record<string, string | string[] | undefined>;
  errors: Record<string, string[]>;
}) {
  // A filter box: named for the address bar, filled from it, with its error beside it.
  const filter = (name: string) => ({ id: `audit-${name}`, name, defaultValue: text(values[name]), error: errors[name]?.[0] });
  return (
    <Card>
      <form method="get" role="search" aria-label="Filter the audit trail" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <SelectField label="Event" blank="All events" options={actionChoices} {...filter("action")} />
        <TextField label="Done by" placeholder="Part of a name" {...filter("person")} />
        <TextField type="date" label="From" {...filter("from")} />
        <TextField type="date" label="To" {...filter("to")} />
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass("primary")}>
            Filter
          </button>
          <Link href="/admin/audit" className={buttonClass("secondary")}>
            Clear
          </Link>
        </div>
      </form>
    </Card>
  );
}

import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { auditActionNames, auditActions } from "@/lib/audit/audit-actions";

const text = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

/** The audit trail's filters, sent in the address bar so a filtered view can be bookmarked or shared. */
export function AuditFilterForm({
  values,
  errors,
}: {
  values: Record<string, string | string[] | undefined>;
  errors: Record<string, string[]>;
}) {
  return (
    <Card>
      <form method="get" role="search" aria-label="Filter the audit trail" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <SelectField id="audit-action" name="action" label="Event" defaultValue={text(values.action)} error={errors.action?.[0]}>
          <option value="">All events</option>
          {auditActionNames.map((name) => (
            <option key={name} value={name}>
              {auditActions[name]}
            </option>
          ))}
        </SelectField>
        <TextField
          id="audit-person"
          name="person"
          label="Done by"
          placeholder="Part of a name"
          defaultValue={text(values.person)}
          error={errors.person?.[0]}
        />
        <TextField
          id="audit-from"
          name="from"
          type="date"
          label="From"
          defaultValue={text(values.from)}
          error={errors.from?.[0]}
        />
        <TextField id="audit-to" name="to" type="date" label="To" defaultValue={text(values.to)} error={errors.to?.[0]} />
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

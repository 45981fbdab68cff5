import type { Metadata } from "next";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditEventTable } from "@/components/audit/audit-event-table";
import { PageHeader } from "@/components/ui/page-header";
import type { Actor } from "@/lib/auth/permissions";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { auditFilterSchema, type AuditFilter } from "@/lib/audit/schemas";
import { fieldErrorsOf } from "@/lib/action-result";
import { permissionPage } from "@/app/_server/page-shell";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = await searchParams;
  const parsed = auditFilterSchema.safeParse(raw);
  return permissionPage(
    "audit:read",
    (actor) => (
      <AuditTrail
        actor={actor}
        raw={raw}
        filter={parsed.success ? parsed.data : null}
        errors={parsed.success ? {} : fieldErrorsOf(parsed.error)}
      />
    ),
    JSON.stringify(raw),
  );
}

async function AuditTrail({
  actor,
  raw,
  filter,
  errors,
}: {
  actor: Actor;
  raw: Record<string, string | string[] | undefined>;
  filter: AuditFilter | null;
  errors: Record<string, string[]>;
}) {
  const result = filter ? await listAuditEvents(actor, filter) : null;
  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Sensitive events, newest first: role and account changes, sign-in slow-downs and resets, publishing, imports, exports, HR data and deletions. Nobody can edit or delete an entry. Times are UTC."
      />
      <div className="space-y-6">
        <AuditFilterForm values={raw} errors={errors} />
        {result && <AuditEventTable events={result.events} olderFrom={result.olderFrom} filter={filter!} />}
      </div>
    </>
  );
}

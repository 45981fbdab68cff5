import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { directoryFields } from "@/lib/people/directory-fields";
import { toCsv } from "@/lib/people/csv";
import { peopleColumns } from "@/lib/people/schemas";
import { isoDay } from "@/lib/dates";
import { counted } from "@/lib/format";

/** The whole directory as CSV, in the same columns the import reads. */
export async function exportPeopleCsv(actor: Actor): Promise<string> {
  requirePermission(actor, "people:read");
  const people = await db.user.findMany({
    orderBy: { name: "asc" },
    select: {
      ...directoryFields,
      manager: { select: { email: true } },
    },
  });
  await recordAudit(db, actor, {
    action: "people.exported",
    summary: `Exported the directory: ${counted(people.length, "person", "people")}`,
  });
  return toCsv([
    [...peopleColumns],
    ...people.map((p) => [
      p.name,
      p.email,
      p.department?.name ?? "",
      p.title ?? "",
      p.level?.toString() ?? "",
      p.manager?.email ?? "",
      p.location ?? "",
      p.timeZone,
      p.hireDate ? isoDay(p.hireDate) : "",
    ]),
  ]);
}

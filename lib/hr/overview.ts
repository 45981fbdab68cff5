import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { HrEventKind } from "@/lib/db/generated/enums";

export interface HrOverview {
  people: number;
  byKind: { kind: HrEventKind; events: number; first: Date | null; last: Date | null }[];
  lastImportAt: Date | null;
}

/** What HR data Pairwise holds, in counts and date ranges: for the people allowed to read HR data. */
export async function hrOverview(actor: Actor): Promise<HrOverview> {
  requirePermission(actor, "hr:read");
  await recordAudit(db, actor, { action: "hr.viewed", summary: "Viewed the HR outcomes held" });
  const [groups, people, last] = await Promise.all([
    db.hrEvent.groupBy({ by: ["kind"], _count: { _all: true }, _min: { occurredOn: true }, _max: { occurredOn: true } }),
    db.hrEvent.findMany({ distinct: ["userId"], select: { userId: true } }),
    db.hrEvent.aggregate({ _max: { importedAt: true } }),
  ]);
  const kinds: HrEventKind[] = ["EXIT", "PROMOTION", "SALARY", "RATING", "ENGAGEMENT"];
  return {
    people: people.length,
    byKind: kinds.map((kind) => {
      const group = groups.find((g) => g.kind === kind);
      return {
        kind,
        events: group?._count._all ?? 0,
        first: group?._min.occurredOn ?? null,
        last: group?._max.occurredOn ?? null,
      };
    }),
    lastImportAt: last._max.importedAt,
  };
}

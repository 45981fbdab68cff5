// No "server-only" marker: npm run import:hr and the demo seed run this outside Next, as the people import does.
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { utcDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type { HrEventKind } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { parseCsv } from "@/lib/people/csv";
import { readHeader, readRecord } from "@/lib/people/import-columns";
import type { ImportIssue } from "@/lib/people/plan-import";
import { requestEvaluationRefresh } from "@/lib/kpi/request-evaluation-refresh";

/** What an HR event records about someone: read back by the import's comparison and by their data export. */
export const hrEventFields = {
  kind: true,
  occurredOn: true,
  voluntary: true,
  newLevel: true,
  annualSalary: true,
  salaryBand: true,
  score: true,
} as const;

/** HR outcomes from the HR system, one event per row; the columns are accepted in any order and case. */
export const hrColumns = [
  "email",
  "event",
  "date",
  "voluntary",
  "new level",
  "annual salary",
  "salary band",
  "rating",
  "engagement",
] as const;
type Column = (typeof hrColumns)[number];

export const hrEventLabels: Record<HrEventKind, string> = {
  EXIT: "exit",
  PROMOTION: "promotion",
  SALARY: "salary",
  RATING: "rating",
  ENGAGEMENT: "engagement",
};
const kindByWord = new Map(Object.entries(hrEventLabels).map(([kind, word]) => [word, kind as HrEventKind]));

export const maxHrImportRows = 200_000;

const optionalNumber = (message: string, check: (n: number) => boolean) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === "") return null;
      const n = Number(v.replace(/[ ,_]/g, ""));
      if (!Number.isFinite(n) || !check(n)) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return n;
    });

const rowSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Add the person's work email.")
    .pipe(z.email("Use an email address like name@company.com.")),
  event: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v, ctx) => {
      const kind = kindByWord.get(v);
      if (!kind) {
        ctx.addIssue({ code: "custom", message: "Use one of: exit, promotion, salary, rating, engagement." });
        return z.NEVER;
      }
      return kind;
    }),
  date: z.string().trim().pipe(z.iso.date("Write the date as YYYY-MM-DD.")),
  voluntary: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v, ctx) => {
      if (v === "") return null;
      if (["yes", "true", "voluntary", "y"].includes(v)) return true;
      if (["no", "false", "involuntary", "n"].includes(v)) return false;
      ctx.addIssue({ code: "custom", message: "Write yes (the person chose to leave) or no." });
      return z.NEVER;
    }),
  "new level": optionalNumber(
    "Use a whole number from 1 (entry) to 10 (executive).",
    (n) => Number.isInteger(n) && n >= 1 && n <= 10,
  ),
  "annual salary": optionalNumber(
    "Write the annual salary as a whole number, such as 52000.",
    (n) => Number.isInteger(n) && n > 0 && n < 100_000_000,
  ),
  "salary band": z
    .string()
    .trim()
    .max(40, "Keep the salary band under 40 characters.")
    .transform((v) => v || null),
  rating: optionalNumber("Use a rating from 1 to 5.", (n) => n >= 1 && n <= 5),
  engagement: optionalNumber("Use an engagement score from 0 to 100.", (n) => n >= 0 && n <= 100),
});

type Row = z.output<typeof rowSchema>;

/** What each kind of event needs beyond email and date, as the problem to report when it is missing. */
function missingFor(row: Row): { column: Column; message: string } | null {
  switch (row.event) {
    case "EXIT":
      return row.voluntary === null ? { column: "voluntary", message: "Say whether the exit was voluntary: yes or no." } : null;
    case "PROMOTION":
      return row["new level"] === null ? { column: "new level", message: "Add the level after the promotion (1–10)." } : null;
    case "SALARY":
      return row["annual salary"] === null && row["salary band"] === null
        ? { column: "annual salary", message: "Add the annual salary, the salary band, or both." }
        : null;
    case "RATING":
      return row.rating === null ? { column: "rating", message: "Add the performance rating (1–5)." } : null;
    case "ENGAGEMENT":
      return row.engagement === null ? { column: "engagement", message: "Add the engagement score (0–100)." } : null;
  }
}

interface Planned {
  line: number;
  userId: string;
  kind: HrEventKind;
  occurredOn: Date;
  voluntary: boolean | null;
  newLevel: number | null;
  annualSalary: number | null;
  salaryBand: string | null;
  score: number | null;
  action: "create" | "update" | "unchanged";
}

export interface HrImportPlan {
  rows: number;
  creates: number;
  updates: number;
  unchanged: number;
  byKind: Record<HrEventKind, number>;
  issues: ImportIssue[];
}

const emptyCounts = (): Record<HrEventKind, number> => ({ EXIT: 0, PROMOTION: 0, SALARY: 0, RATING: 0, ENGAGEMENT: 0 });

async function prepare(text: string, now: Date): Promise<{ plan: HrImportPlan; rows: Planned[] }> {
  const issues: ImportIssue[] = [];
  const plan: HrImportPlan = { rows: 0, creates: 0, updates: 0, unchanged: 0, byKind: emptyCounts(), issues };
  const [header, ...body] = parseCsv(text);
  if (!header) {
    issues.push({ line: 1, column: null, message: `The file is empty. Start with a header row: ${hrColumns.join(", ")}.` });
    return { plan, rows: [] };
  }
  plan.rows = body.length;
  const columns = readHeader(header, hrColumns, issues);
  for (const required of ["email", "event", "date"] as const)
    if (!columns.includes(required)) issues.push({ line: header.line, column: required, message: `Add a "${required}" column.` });
  if (body.length > maxHrImportRows)
    issues.push({
      line: header.line,
      column: null,
      message: `Import at most ${maxHrImportRows} rows at a time; split the file.`,
    });
  if (issues.length > 0) return { plan, rows: [] };

  const people = new Map((await db.user.findMany({ select: { id: true, email: true } })).map((u) => [u.email, u.id]));
  const today = now.toISOString().slice(0, 10);
  const parsed: (Row & { line: number; userId: string })[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of body) {
    const row = readRecord(record, columns, hrColumns, rowSchema, issues);
    if (!row) continue;
    const missing = missingFor(row);
    if (missing) {
      issues.push({ line: record.line, ...missing });
      continue;
    }
    if (row.date > today) {
      issues.push({
        line: record.line,
        column: "date",
        message: "The date is in the future; import events once they have happened.",
      });
      continue;
    }
    const userId = people.get(row.email);
    if (!userId) {
      issues.push({
        line: record.line,
        column: "email",
        message: `No one with the email ${row.email} is in the directory. Import them through People first.`,
      });
      continue;
    }
    const key = `${row.email}|${row.event}|${row.date}`;
    const earlier = firstLineOf.get(key);
    if (earlier !== undefined) {
      issues.push({
        line: record.line,
        column: "date",
        message: `Line ${earlier} already has ${/^[aeiou]/.test(hrEventLabels[row.event]) ? "an" : "a"} ${hrEventLabels[row.event]} for ${row.email} on ${row.date}; keep one.`,
      });
      continue;
    }
    firstLineOf.set(key, record.line);
    parsed.push({ ...row, line: record.line, userId });
  }
  if (issues.length > 0) {
    issues.sort((a, b) => a.line - b.line);
    return { plan, rows: [] };
  }

  const existing = new Map(
    (
      await db.hrEvent.findMany({
        where: { userId: { in: [...new Set(parsed.map((r) => r.userId))] } },
        select: { userId: true, ...hrEventFields },
      })
    ).map((e) => [`${e.userId}|${e.kind}|${e.occurredOn.toISOString().slice(0, 10)}`, e]),
  );
  const rows = parsed.map((row): Planned => {
    const fields = {
      voluntary: row.event === "EXIT" ? row.voluntary : null,
      newLevel: row.event === "PROMOTION" ? row["new level"] : null,
      annualSalary: row.event === "SALARY" ? row["annual salary"] : null,
      salaryBand: row.event === "SALARY" ? row["salary band"] : null,
      score: row.event === "RATING" ? row.rating : row.event === "ENGAGEMENT" ? row.engagement : null,
    };
    const current = existing.get(`${row.userId}|${row.event}|${row.date}`);
    const same =
      current &&
      current.voluntary === fields.voluntary &&
      current.newLevel === fields.newLevel &&
      current.annualSalary === fields.annualSalary &&
      current.salaryBand === fields.salaryBand &&
      current.score === fields.score;
    return {
      line: row.line,
      userId: row.userId,
      kind: row.event,
      occurredOn: utcDay(row.date),
      ...fields,
      action: !current ? "create" : same ? "unchanged" : "update",
    };
  });
  for (const row of rows) {
    plan.byKind[row.kind] += 1;
    plan[row.action === "create" ? "creates" : row.action === "update" ? "updates" : "unchanged"] += 1;
  }
  return { plan, rows };
}

/** What an HR import would do, with every problem by line number; writes nothing. */
export async function previewHrImport(actor: Actor, text: string, now = new Date()): Promise<HrImportPlan> {
  requirePermission(actor, "hr:import");
  return (await prepare(text, now)).plan;
}

/**
 * Adds new events and corrects changed ones, keyed by person, kind and day, so the nightly drop can
 * send the whole history every time. All or nothing: a file with any problem writes no row.
 */
export async function applyHrImport(actor: Actor, text: string, now = new Date()): Promise<HrImportPlan> {
  requirePermission(actor, "hr:import");
  const { plan, rows } = await prepare(text, now);
  if (plan.issues.length > 0) {
    throw new AppError(
      "INVALID_INPUT",
      `Nothing was imported: ${plan.issues.length} problem${plan.issues.length === 1 ? "" : "s"} to fix first (see the preview).`,
    );
  }
  const changed = rows.filter((r) => r.action !== "unchanged");
  if (changed.length === 0) return plan;
  await db.$transaction(
    async (tx) => {
      const data = ({ line: _line, action: _action, ...row }: Planned) => row;
      // createMany skips rows a parallel import just wrote; updates then set the same values.
      await tx.hrEvent.createMany({ data: changed.filter((r) => r.action === "create").map(data), skipDuplicates: true });
      for (const row of changed.filter((r) => r.action === "update")) {
        const { userId, kind, occurredOn, ...fields } = data(row);
        await tx.hrEvent.update({ where: { userId_kind_occurredOn: { userId, kind, occurredOn } }, data: fields });
      }
      const added = changed.filter((r) => r.action === "create").length;
      await recordAudit(
        tx,
        actor,
        { action: "hr.imported", summary: `Imported HR outcomes: ${added} added, ${changed.length - added} corrected` },
        now,
      );
    },
    { timeout: 120_000 },
  );
  await requestEvaluationRefresh(now);
  return plan;
}

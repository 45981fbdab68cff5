import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseCsv, toCsv } from "@/lib/people/csv";
import { utcDay } from "@/lib/dates";
import { isTimeZone } from "@/lib/time-zone";

/** The directory's CSV columns, in export order; imports accept them in any order and case. */
export const peopleColumns = ["name", "email", "department", "title", "level", "manager email", "location", "time zone", "hire date"] as const;
type Column = (typeof peopleColumns)[number];
const columnKey = (header: string) => header.toLowerCase().replace(/[^a-z]/g, "");
const knownColumns = new Map(peopleColumns.map((c) => [columnKey(c), c]));

export const maxImportRows = 20_000;

const optional = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep the ${what} under ${max} characters.`)
    .transform((v) => v || null);

const rowSchema = z.object({
  name: z.string().trim().min(1, "Add the person's name.").max(120, "Keep the name under 120 characters."),
  email: z.string().trim().toLowerCase().min(1, "Add a work email.").pipe(z.email("Use an email address like name@company.com.")),
  department: optional(80, "department"),
  title: optional(120, "title"),
  level: z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === "") return null;
      const level = Number(v);
      if (!Number.isInteger(level) || level < 1 || level > 10) {
        ctx.addIssue({ code: "custom", message: "Use a whole number from 1 (entry) to 10 (executive)." });
        return z.NEVER;
      }
      return level;
    }),
  "manager email": z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => v || null)
    .pipe(z.email("Use the manager's email address, or leave it empty.").nullable()),
  location: optional(80, "location"),
  "time zone": z
    .string()
    .trim()
    .transform((v) => v || "UTC")
    .refine(isTimeZone, "Use a time zone name such as Europe/London or America/New_York."),
  "hire date": z
    .string()
    .trim()
    .transform((v) => v || null)
    .pipe(z.iso.date("Write the hire date as YYYY-MM-DD.").nullable()),
});

type Row = z.output<typeof rowSchema> & { line: number };

export interface ImportIssue {
  line: number;
  column: string | null;
  message: string;
}

export interface ImportPlan {
  rows: number;
  creates: number;
  updates: number;
  unchanged: number;
  newDepartments: string[];
  issues: ImportIssue[];
  /** The first rows as they will be stored, for the preview. */
  sample: { line: number; name: string; email: string; department: string | null; manager: string | null; action: "create" | "update" | "unchanged" }[];
}

interface Prepared {
  plan: ImportPlan;
  rows: (Row & { action: "create" | "update" | "unchanged"; existingId: string | null })[];
}

async function prepare(text: string): Promise<Prepared> {
  const records = parseCsv(text);
  const issues: ImportIssue[] = [];
  const empty: Prepared = { plan: { rows: 0, creates: 0, updates: 0, unchanged: 0, newDepartments: [], issues, sample: [] }, rows: [] };
  const [header, ...body] = records;
  if (!header) {
    issues.push({ line: 1, column: null, message: "The file is empty. Start with a header row: name, email, department, title, level, manager email, location, time zone, hire date." });
    return empty;
  }
  const columns = header.fields.map((h) => knownColumns.get(columnKey(h)) ?? null);
  header.fields.forEach((h, k) => {
    if (!columns[k] && h.trim()) issues.push({ line: header.line, column: h, message: `Unknown column "${h}". Use: ${peopleColumns.join(", ")}.` });
  });
  for (const required of ["name", "email"] as const) {
    if (!columns.includes(required)) issues.push({ line: header.line, column: required, message: `Add ${required === "email" ? "an" : "a"} "${required}" column.` });
  }
  if (body.length > maxImportRows) issues.push({ line: header.line, column: null, message: `Import at most ${maxImportRows} people at a time; split the file.` });
  if (issues.length > 0) return empty;

  const rows: Row[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of body) {
    const raw = Object.fromEntries(peopleColumns.map((c) => [c, ""])) as Record<Column, string>;
    columns.forEach((column, k) => {
      if (column) raw[column] = record.fields[k] ?? "";
    });
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ line: record.line, column: String(issue.path[0] ?? ""), message: issue.message });
      continue;
    }
    const earlier = firstLineOf.get(parsed.data.email);
    if (earlier !== undefined) {
      issues.push({ line: record.line, column: "email", message: `${parsed.data.email} is already on line ${earlier}; keep one row per person.` });
      continue;
    }
    firstLineOf.set(parsed.data.email, record.line);
    rows.push({ ...parsed.data, line: record.line });
  }

  const existing = await db.user.findMany({
    select: { id: true, email: true, name: true, title: true, level: true, location: true, timeZone: true, hireDate: true, managerId: true, department: { select: { name: true } } },
  });
  const byEmail = new Map(existing.map((u) => [u.email, u]));
  const emailById = new Map(existing.map((u) => [u.id, u.email]));
  const fileManager = new Map(rows.map((r) => [r.email, r["manager email"]]));
  for (const row of rows) {
    const manager = row["manager email"];
    if (!manager) continue;
    if (manager === row.email) issues.push({ line: row.line, column: "manager email", message: "A person cannot be their own manager." });
    else if (!fileManager.has(manager) && !byEmail.has(manager)) {
      issues.push({ line: row.line, column: "manager email", message: `No one with the email ${manager} is in this file or in Pairwise. Add their row, or import them first.` });
    }
  }
  // Reporting lines must end somewhere: follow each chain, with the file taking precedence.
  const managerOf = (email: string) => (fileManager.has(email) ? fileManager.get(email)! : (emailById.get(byEmail.get(email)?.managerId ?? "") ?? null));
  for (const row of rows) {
    const seen = new Set([row.email]);
    for (let manager = row["manager email"]; manager; manager = managerOf(manager)) {
      if (seen.has(manager)) {
        issues.push({ line: row.line, column: "manager email", message: `Reporting lines loop back to ${row.email} through ${manager}; check who manages whom.` });
        break;
      }
      seen.add(manager);
    }
  }

  const departments = new Set((await db.department.findMany({ select: { name: true } })).map((d) => d.name));
  const planned = rows.map((row) => {
    const current = byEmail.get(row.email);
    if (!current) return { ...row, action: "create" as const, existingId: null };
    const same =
      current.name === row.name &&
      current.title === row.title &&
      current.level === row.level &&
      current.location === row.location &&
      current.timeZone === row["time zone"] &&
      (current.hireDate?.toISOString().slice(0, 10) ?? null) === row["hire date"] &&
      (current.department?.name ?? null) === row.department &&
      (emailById.get(current.managerId ?? "") ?? null) === row["manager email"];
    return { ...row, action: same ? ("unchanged" as const) : ("update" as const), existingId: current.id };
  });
  issues.sort((a, b) => a.line - b.line);
  return {
    rows: planned,
    plan: {
      rows: body.length,
      creates: planned.filter((r) => r.action === "create").length,
      updates: planned.filter((r) => r.action === "update").length,
      unchanged: planned.filter((r) => r.action === "unchanged").length,
      newDepartments: [...new Set(planned.map((r) => r.department).filter((d): d is string => d !== null && !departments.has(d)))].sort(),
      issues,
      sample: planned.slice(0, 8).map((r) => ({ line: r.line, name: r.name, email: r.email, department: r.department, manager: r["manager email"], action: r.action })),
    },
  };
}

/** What an import would do, with every problem by line number; writes nothing. */
export async function previewPeopleImport(actor: Actor, text: string): Promise<ImportPlan> {
  requirePermission(actor, "people:import");
  return (await prepare(text)).plan;
}

/**
 * Creates new people and updates changed ones, keyed by email, so importing the same file twice
 * changes nothing the second time. All or nothing: a file with any problem writes no row.
 */
export async function applyPeopleImport(actor: Actor, text: string): Promise<ImportPlan> {
  requirePermission(actor, "people:import");
  const { plan, rows } = await prepare(text);
  if (plan.issues.length > 0) {
    throw new AppError("INVALID_INPUT", `Nothing was imported: ${plan.issues.length} problem${plan.issues.length === 1 ? "" : "s"} to fix first (see the preview).`);
  }
  const changed = rows.filter((r) => r.action !== "unchanged");
  if (changed.length === 0) return plan;
  await db.$transaction(
    async (tx) => {
      if (plan.newDepartments.length > 0) await tx.department.createMany({ data: plan.newDepartments.map((name) => ({ name })), skipDuplicates: true });
      const departmentId = new Map((await tx.department.findMany({ select: { id: true, name: true } })).map((d) => [d.name, d.id]));
      const fields = (r: (typeof rows)[number]) => ({
        name: r.name,
        title: r.title,
        level: r.level,
        location: r.location,
        timeZone: r["time zone"],
        hireDate: r["hire date"] ? utcDay(r["hire date"]) : null,
        departmentId: r.department ? departmentId.get(r.department)! : null,
      });
      const creates = changed.filter((r) => r.action === "create");
      if (creates.length > 0) await tx.user.createMany({ data: creates.map((r) => ({ email: r.email, ...fields(r) })) });
      for (const r of changed.filter((r) => r.action === "update")) await tx.user.update({ where: { id: r.existingId! }, data: fields(r) });
      // Managers last, when everyone they point to exists; one statement for the whole file.
      const ids = new Map((await tx.user.findMany({ where: { email: { in: [...new Set(changed.flatMap((r) => [r.email, r["manager email"] ?? r.email]))] } }, select: { id: true, email: true } })).map((u) => [u.email, u.id]));
      const userIds = changed.map((r) => ids.get(r.email)!);
      const managerIds = changed.map((r) => (r["manager email"] ? ids.get(r["manager email"])! : null));
      await tx.$executeRaw`UPDATE "User" AS u SET "managerId" = m.manager_id FROM unnest(${userIds}::text[], ${managerIds}::text[]) AS m(user_id, manager_id) WHERE u.id = m.user_id`;
    },
    { timeout: 120_000 },
  );
  return plan;
}

/** The whole directory as CSV, in the same columns the import reads. */
export async function exportPeopleCsv(actor: Actor): Promise<string> {
  requirePermission(actor, "people:read");
  const people = await db.user.findMany({
    orderBy: { name: "asc" },
    select: { name: true, email: true, title: true, level: true, location: true, timeZone: true, hireDate: true, department: { select: { name: true } }, manager: { select: { email: true } } },
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
      p.hireDate?.toISOString().slice(0, 10) ?? "",
    ]),
  ]);
}

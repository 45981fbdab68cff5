import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { parseCsv } from "@/lib/people/csv";
import { readHeader, readRecord } from "@/lib/people/import-columns";
import { importRowSchema, maxImportRows, peopleColumns } from "@/lib/people/schemas";
import { isoDay } from "@/lib/dates";

type Row = z.output<typeof importRowSchema> & { line: number };

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
  sample: {
    line: number;
    name: string;
    email: string;
    department: string | null;
    manager: string | null;
    action: "create" | "update" | "unchanged";
  }[];
}

export interface Prepared {
  plan: ImportPlan;
  rows: (Row & { action: "create" | "update" | "unchanged"; existingId: string | null })[];
}

/** Reads and checks an import file against the directory; writes nothing. */
export async function planPeopleImport(text: string): Promise<Prepared> {
  const records = parseCsv(text);
  const issues: ImportIssue[] = [];
  const empty: Prepared = {
    plan: { rows: 0, creates: 0, updates: 0, unchanged: 0, newDepartments: [], issues, sample: [] },
    rows: [],
  };
  const [header, ...body] = records;
  if (!header) {
    issues.push({
      line: 1,
      column: null,
      message:
        "The file is empty. Start with a header row: name, email, department, title, level, manager email, location, time zone, hire date.",
    });
    return empty;
  }
  const columns = readHeader(header, peopleColumns, issues);
  for (const required of ["name", "email"] as const) {
    if (!columns.includes(required))
      issues.push({
        line: header.line,
        column: required,
        message: `Add ${required === "email" ? "an" : "a"} "${required}" column.`,
      });
  }
  if (body.length > maxImportRows)
    issues.push({
      line: header.line,
      column: null,
      message: `Import at most ${maxImportRows} people at a time; split the file.`,
    });
  if (issues.length > 0) return empty;

  const rows: Row[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of body) {
    const parsed = readRecord(record, columns, peopleColumns, importRowSchema, issues);
    if (!parsed) continue;
    const earlier = firstLineOf.get(parsed.email);
    if (earlier !== undefined) {
      issues.push({
        line: record.line,
        column: "email",
        message: `${parsed.email} is already on line ${earlier}; keep one row per person.`,
      });
      continue;
    }
    firstLineOf.set(parsed.email, record.line);
    rows.push({ ...parsed, line: record.line });
  }

  const existing = await db.user.findMany({
    select: {
      id: true,
      email: true,
      name: true,
      title: true,
      level: true,
      location: true,
      timeZone: true,
      hireDate: true,
      managerId: true,
      department: { select: { name: true } },
    },
  });
  const byEmail = new Map(existing.map((u) => [u.email, u]));
  const emailById = new Map(existing.map((u) => [u.id, u.email]));
  const fileManager = new Map(rows.map((r) => [r.email, r["manager email"]]));
  for (const row of rows) {
    const manager = row["manager email"];
    if (!manager) continue;
    if (manager === row.email)
      issues.push({ line: row.line, column: "manager email", message: "A person cannot be their own manager." });
    else if (!fileManager.has(manager) && !byEmail.has(manager)) {
      issues.push({
        line: row.line,
        column: "manager email",
        message: `No one with the email ${manager} is in this file or in Pairwise. Add their row, or import them first.`,
      });
    }
  }
  // Reporting lines must end somewhere: follow each chain, with the file taking precedence.
  const managerOf = (email: string) =>
    fileManager.has(email) ? fileManager.get(email)! : (emailById.get(byEmail.get(email)?.managerId ?? "") ?? null);
  for (const row of rows) {
    const seen = new Set([row.email]);
    for (let manager = row["manager email"]; manager; manager = managerOf(manager)) {
      if (seen.has(manager)) {
        issues.push({
          line: row.line,
          column: "manager email",
          message: `Reporting lines loop back to ${row.email} through ${manager}; check who manages whom.`,
        });
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
      (current.hireDate ? isoDay(current.hireDate) : null) === row["hire date"] &&
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
      newDepartments: [
        ...new Set(planned.map((r) => r.department).filter((d): d is string => d !== null && !departments.has(d))),
      ].sort(),
      issues,
      sample: planned.slice(0, 8).map((r) => ({
        line: r.line,
        name: r.name,
        email: r.email,
        department: r.department,
        manager: r["manager email"],
        action: r.action,
      })),
    },
  };
}

/** What an import would do, with every problem by line number; writes nothing. */
export async function previewPeopleImport(actor: Actor, text: string): Promise<ImportPlan> {
  requirePermission(actor, "people:import");
  return (await planPeopleImport(text)).plan;
}

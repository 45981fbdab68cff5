import type { z } from "zod";
import type { CsvRecord } from "@/lib/people/csv";
import type { ImportIssue } from "@/lib/people/plan-import";

// Headers match their column whatever the case, spacing or punctuation ("Manager e-mail" is "manager email").
const columnKey = (header: string) => header.toLowerCase().replace(/[^a-z]/g, "");

/** Which import column each header field names, or null; a header that names none is an issue. */
export function readHeader<Column extends string>(
  header: CsvRecord,
  known: readonly Column[],
  issues: ImportIssue[],
): (Column | null)[] {
  const byKey = new Map(known.map((c) => [columnKey(c), c]));
  const columns = header.fields.map((h) => byKey.get(columnKey(h)) ?? null);
  header.fields.forEach((h, k) => {
    if (!columns[k] && h.trim())
      issues.push({ line: header.line, column: h, message: `Unknown column "${h}". Use: ${known.join(", ")}.` });
  });
  return columns;
}

/** One data record read into the import's columns (absent ones empty) and checked; a record that fails adds its issues and is null. */
export function readRecord<Column extends string, Row>(
  record: CsvRecord,
  columns: (Column | null)[],
  known: readonly Column[],
  schema: z.ZodType<Row>,
  issues: ImportIssue[],
): Row | null {
  const raw = Object.fromEntries(known.map((c) => [c, ""])) as Record<Column, string>;
  columns.forEach((column, k) => {
    if (column) raw[column] = record.fields[k] ?? "";
  });
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    issues.push({ line: record.line, column: String(issue.path[0] ?? ""), message: issue.message });
  return null;
}

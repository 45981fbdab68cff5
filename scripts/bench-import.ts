// npm run bench:import [-- --rows N] [-- --json]: a people CSV through preview, import and
// re-import, on a fresh in-memory database (or BENCH_DATABASE_URL, which it empties of users).
import { openBenchDatabase, printBenchResult } from "./bench-support";

const { db, disconnectDb } = await openBenchDatabase();

const { applyPeopleImport } = await import("@/lib/people/apply-import");
const { previewPeopleImport } = await import("@/lib/people/plan-import");
const { samplePeopleCsv } = await import("@/lib/people/sample-csv");

const rowsFlag = process.argv.indexOf("--rows");
const rows = rowsFlag >= 0 ? Number(process.argv[rowsFlag + 1]) : 1000;
await db.$executeRawUnsafe(`TRUNCATE TABLE "User", "Department" CASCADE`);
const admin = await db.user.create({ data: { email: "bench-admin@bench.example", name: "Bench", role: "ADMIN" } });
const actor = { id: admin.id, name: admin.name, email: admin.email, role: admin.role };
const csv = samplePeopleCsv(rows);

const time = async <T>(task: () => Promise<T>) => {
  const start = performance.now();
  const result = await task();
  return { ms: Math.round(performance.now() - start), result };
};
const preview = await time(() => previewPeopleImport(actor, csv));
const first = await time(() => applyPeopleImport(actor, csv));
const again = await time(() => applyPeopleImport(actor, csv));
const people = await db.user.count({ where: { email: { endsWith: "@import.example" } } });
const result = {
  rows,
  database: process.env.DATABASE_URL ? "postgresql" : "pglite",
  previewMs: preview.ms,
  importMs: first.ms,
  reimportMs: again.ms,
  created: first.result.creates,
  unchangedOnReimport: again.result.unchanged,
  peopleAfter: people,
};
printBenchResult(result);
await disconnectDb();

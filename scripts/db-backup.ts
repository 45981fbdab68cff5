// npm run db:backup [-- --out FILE]: one backup file of DATABASE_URL (pg_dump) or of the embedded
// database (PGlite's tarball of its folder). Exit code 2 for bad input, 1 when it cannot proceed.
import "./load-env";
import { parseArgs } from "node:util";
import { databaseTarget, describeTarget } from "@/lib/db/adapter";
import { backupDatabase } from "@/lib/db/backup/backup";
import { BackupError, formatBytes, formatCounts } from "@/lib/db/backup/shared";
import { runScript } from "./run-script";

runScript(async () => {
  let out: string | undefined;
  try {
    ({
      values: { out },
    } = parseArgs({ args: process.argv.slice(2), options: { out: { type: "string" } } }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nusage: npm run db:backup [-- --out FILE]`);
    process.exitCode = 2;
    return;
  }
  const target = databaseTarget();
  try {
    const result = await backupDatabase(target, { out });
    console.log(`Backed up ${describeTarget(target)}`);
    console.log(`  to   ${result.path} (${formatBytes(result.bytes)})`);
    console.log(`  with ${formatCounts(result.counts)}`);
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(error.message);
    process.exitCode = error.exitCode;
  }
});

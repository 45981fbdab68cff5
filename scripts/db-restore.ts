// npm run db:restore -- FILE [--yes]: replaces the configured database with a backup from
// npm run db:backup, then applies newer migrations. Without --yes it refuses to replace data.
// Exit code 2 for bad input (no such file, the wrong kind of backup), 1 when it cannot proceed.
import "./load-env";
import { parseArgs } from "node:util";
import { databaseTarget, describeTarget } from "@/lib/db/adapter";
import { restoreDatabase } from "@/lib/db/backup/restore";
import { BackupError, formatCounts } from "@/lib/db/backup/shared";
import { runScript } from "./run-script";

const usage = "usage: npm run db:restore -- FILE [--yes]";

runScript(async () => {
  let file: string | undefined;
  let yes = false;
  try {
    const parsed = parseArgs({ args: process.argv.slice(2), options: { yes: { type: "boolean" } }, allowPositionals: true });
    if (parsed.positionals.length !== 1) throw new Error("name exactly one backup file");
    file = parsed.positionals[0];
    yes = parsed.values.yes ?? false;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const target = databaseTarget();
  try {
    const result = await restoreDatabase(target, file!, { overwrite: yes });
    console.log(`Restored ${file} into ${describeTarget(target)}`);
    if (result.previousFolder) console.log(`  the folder it replaced is kept as ${result.previousFolder}`);
    console.log(
      result.applied.length === 0
        ? "  migrations: the backup was up to date"
        : `  migrations newer than the backup, now applied:\n${result.applied.map((name) => `    ${name}`).join("\n")}`,
    );
    console.log(`  now holds ${formatCounts(result.counts)}`);
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(error.message);
    process.exitCode = error.exitCode;
  }
});

// npm run import:hr -- FILE: the nightly HR system drop. All or nothing; problems by line, exit code 2.
import "./load-env";
import { readFileSync } from "node:fs";
import type { Actor } from "@/lib/auth/permissions";
import { disconnectDb } from "@/lib/db/client";
import { applyHrImport, previewHrImport } from "@/lib/hr/import";
import { runScript } from "./run-script";

// Whoever can run this on the server can already read the database: they act as an administrator.
const operator: Actor = { id: "command-line", name: "npm run import:hr", email: "", role: "ADMIN" };

runScript(async () => {
  const file = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
  if (!file) {
    console.error("usage: npm run import:hr -- FILE.csv");
    process.exitCode = 2;
    return;
  }
  try {
    const text = readFileSync(file, "utf8");
    const plan = await previewHrImport(operator, text);
    if (plan.issues.length > 0) {
      for (const issue of plan.issues)
        console.error(`${file}:${issue.line}: ${issue.column ? `${issue.column}: ` : ""}${issue.message}`);
      console.error(`Nothing was imported: ${plan.issues.length} problem${plan.issues.length === 1 ? "" : "s"} to fix first.`);
      process.exitCode = 2;
      return;
    }
    const done = await applyHrImport(operator, text);
    console.log(`Imported ${file}: ${done.creates} added, ${done.updates} corrected, ${done.unchanged} already there.`);
  } finally {
    await disconnectDb();
  }
});

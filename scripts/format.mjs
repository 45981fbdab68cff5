// `npm run format` rewrites the tree; `npm run format -- --check` only reports (for CI and hooks).
import { spawnSync } from "node:child_process";

const check = process.argv.includes("--check");
const result = spawnSync("prettier", [check ? "--check" : "--write", "--log-level", check ? "log" : "warn", "."], {
  stdio: "inherit",
  shell: process.platform === "win32",
});
process.exit(result.status ?? 1);

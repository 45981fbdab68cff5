import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openAdapter } from "@/lib/db/adapter";

const folder = mkdtempSync(join(tmpdir(), "pairwise-lock-"));
const dataDir = join(folder, "pglite");

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** `npm start` in another process, against the same PGLITE_DATA_DIR: it stops before building. */
function startSecondApp(): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/server-only-hook.mjs", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: dataDir, PORT: "3449", NODE_ENV: "production" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("exit", (status) => resolve({ status, stdout, stderr })));
}

describe("the embedded database folder", () => {
  it("refuses a second process while one has it open, and opens again once it is closed", async () => {
    const first = openAdapter({ kind: "embedded", dataDir });
    const refused = await startSecondApp();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`Another process (pid ${process.pid}) is using the embedded database in ${dataDir}.`);
    expect(refused.stderr).toContain("set PGLITE_DATA_DIR to another folder");
    expect(refused.stdout).not.toContain("Building Pairwise");

    await first.close();
    const reopened = openAdapter({ kind: "embedded", dataDir });
    await reopened.close();
  });
});

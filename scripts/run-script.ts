import { EnvError } from "@/lib/env";
import { engineErrorMessage } from "@/lib/db/schema-engine";

/** Runs a command-line task and exits with a readable message instead of a stack trace. */
export function runScript(task: () => Promise<void>): void {
  task().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      console.error(error instanceof EnvError ? error.message : `Error: ${engineErrorMessage(error)}`);
      process.exit(1);
    },
  );
}

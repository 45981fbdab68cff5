import { readFileSync } from "node:fs";
import type { z } from "zod";

/**
 * The JSON file named by `--input`, checked against the schema. Anything wrong (no flag, an
 * unreadable file, input that does not fit) stops the command with a message and exit code 2.
 */
export function readJsonInput<Schema extends z.ZodType>(
  command: string,
  schema: Schema,
  describeIssues: (error: z.ZodError) => string[],
): z.output<Schema> {
  const fail = (message: string): never => {
    console.error(`${command}: ${message}`);
    process.exit(2);
  };
  const flag = process.argv.indexOf("--input");
  const file = flag >= 0 ? process.argv[flag + 1] : undefined;
  if (!file) return fail(`usage: npm run ${command} -- --input FILE`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return fail(`cannot read ${file}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : fail(describeIssues(parsed.error).join("; "));
}

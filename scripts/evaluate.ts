// npm run evaluate -- --input FILE: retention against a matched comparison group, and ROI, on plain JSON.
// Input and output shapes: lib/kpi/evaluate.ts. Bad input: a message naming the field, exit code 2.
import { readFileSync } from "node:fs";
import { describeIssues, evaluate, evaluateInputSchema } from "@/lib/kpi/evaluate";

function fail(message: string): never {
  console.error(`evaluate: ${message}`);
  process.exit(2);
}

const flag = process.argv.indexOf("--input");
const file = flag >= 0 ? process.argv[flag + 1] : undefined;
if (!file) fail("usage: npm run evaluate -- --input FILE");
let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, "utf8"));
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`);
}
const parsed = evaluateInputSchema.safeParse(raw);
if (!parsed.success) fail(describeIssues(parsed.error).join("; "));
process.stdout.write(`${JSON.stringify(evaluate(parsed.data), null, 2)}\n`);

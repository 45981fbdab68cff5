// npm run evaluate -- --input FILE: retention against a matched comparison group, and ROI, on plain JSON.
// Input and output shapes: lib/kpi/evaluate.ts. Bad input: a message naming the field, exit code 2.
import { describeIssues, evaluate, evaluateInputSchema } from "@/lib/kpi/evaluate";
import { readJsonInput } from "./json-input";

const input = readJsonInput("evaluate", evaluateInputSchema, describeIssues);
process.stdout.write(`${JSON.stringify(evaluate(input), null, 2)}\n`);

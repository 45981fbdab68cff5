import { FormMessage } from "@/components/ui/form-message";
import { Table, Td, Th } from "@/components/ui/table";
import { plural } from "@/lib/format";
import type { ImportIssue } from "@/lib/people/plan-import";

/** The problems a CSV import found, by line and column, with what to fix; shared by every import. */
export function ImportIssues({ issues }: { issues: ImportIssue[] }) {
  return (
    <div className="space-y-3">
      <FormMessage tone="error">{`${issues.length} ${plural(issues.length, "problem")} to fix in the file; nothing will be imported until they are.`}</FormMessage>
      <Table caption="Problems by line">
        <thead>
          <tr>
            <Th>Line</Th>
            <Th>Column</Th>
            <Th>What to fix</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {issues.slice(0, 200).map((issue, k) => (
            <tr key={k}>
              <Td className="tabular-nums">{issue.line}</Td>
              <Td>{issue.column ?? "—"}</Td>
              <Td className="text-red-800">{issue.message}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {issues.length > 200 && <p className="text-xs text-slate-500">Showing the first 200 problems.</p>}
    </div>
  );
}

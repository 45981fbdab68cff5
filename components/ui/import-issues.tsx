import { FormMessage } from "@/components/ui/form-message";
import type { ImportIssue } from "@/lib/people/plan-import";

/** The problems a CSV import found, by line and column, with what to fix; shared by every import. */
export function ImportIssues({ issues }: { issues: ImportIssue[] }) {
  return (
    <div>
      <FormMessage tone="error">{`${issues.length} problem${issues.length === 1 ? "" : "s"} to fix in the file; nothing will be imported until they are.`}</FormMessage>
      <table className="mt-3 min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Problems by line</caption>
        <thead>
          <tr className="text-left text-xs tracking-wide text-slate-500 uppercase">
            <th scope="col" className="py-2 pr-4">
              Line
            </th>
            <th scope="col" className="py-2 pr-4">
              Column
            </th>
            <th scope="col" className="py-2">
              What to fix
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {issues.slice(0, 200).map((issue, k) => (
            <tr key={k}>
              <td className="py-2 pr-4 tabular-nums">{issue.line}</td>
              <td className="py-2 pr-4">{issue.column ?? "—"}</td>
              <td className="py-2 text-red-800">{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {issues.length > 200 && <p className="mt-2 text-xs text-slate-500">Showing the first 200 problems.</p>}
    </div>
  );
}

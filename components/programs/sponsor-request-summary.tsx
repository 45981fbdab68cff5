import { BudgetLineItem } from "@/components/programs/budget-line-item";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatCents, formatDate } from "@/lib/format";
import type { mySponsorRequest } from "@/lib/programs/sponsor/my-sponsor-request";
import { programTypeLabels } from "@/lib/programs/schemas";

type Request = Awaited<ReturnType<typeof mySponsorRequest>>;

/** What the sponsor signs off: the programme's purpose, type, dates, goals and budget as they are now. */
export function SponsorRequestSummary({ request }: { request: Request }) {
  return (
    <Card
      title="What you are signing off"
      description="The programme as it is now. If it changes after you sign, you will be asked again."
    >
      <dl className="grid gap-4 text-sm sm:grid-cols-2">
        <div className="sm:col-span-2">
          <dt className="font-semibold text-slate-900">Purpose</dt>
          <dd className="whitespace-pre-line text-slate-700">{request.purpose || "Not written yet."}</dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-900">Type</dt>
          <dd className="text-slate-700">{programTypeLabels[request.type]}</dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-900">Dates</dt>
          <dd className="text-slate-700">
            {request.startDate || request.endDate
              ? `${formatDate(request.startDate)} – ${formatDate(request.endDate)}`
              : "Not set yet."}
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="font-semibold text-slate-900">Goals</dt>
          <dd>
            {request.goals.length === 0 ? (
              <EmptyState title="No goals yet">The programme office has not set the programme&apos;s goals yet.</EmptyState>
            ) : (
              <ol className="mt-1 space-y-2">
                {request.goals.map((goal, k) => (
                  <li key={goal.id}>
                    <p className="font-medium text-slate-900">
                      {k + 1}. {goal.title}
                    </p>
                    <p className="text-slate-600">Measured by: {goal.objective}</p>
                  </li>
                ))}
              </ol>
            )}
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="font-semibold text-slate-900">
            {request.budgetLines.length === 0
              ? "Budget"
              : `Budget: total ${formatCents(request.budgetTotalCents, request.currency)}`}
          </dt>
          <dd>
            {request.budgetLines.length === 0 ? (
              <p className="text-slate-600">No budget lines yet.</p>
            ) : (
              <ul className="mt-1 divide-y divide-slate-100">
                {request.budgetLines.map((line) => (
                  <BudgetLineItem key={line.id} line={line} currency={request.currency} />
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </Card>
  );
}

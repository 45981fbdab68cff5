import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import type { YouSaidWeDid } from "@/lib/surveys/my-you-said-we-did";

/** What the programme office changed after the feedback rounds the person was asked in. */
export function YouSaidWeDidCard({ items }: { items: YouSaidWeDid[] }) {
  if (items.length === 0) return null;
  return (
    <Card title="You said, we did" description="What the programme office changed after hearing from you and your peers.">
      <ul className="space-y-3" data-testid="you-said-we-did">
        {items.map((item) => (
          <li key={item.id} className="rounded-lg bg-slate-50 p-3 text-sm ring-1 ring-slate-200">
            <p className="text-xs text-slate-500">
              {item.programName} · feedback for {item.periodLabel} · posted {formatDate(item.recordedAt)}
            </p>
            <p className="mt-1 text-slate-700">
              <span className="font-semibold text-slate-900">You said: </span>
              {item.youSaid}
            </p>
            <p className="mt-1 text-slate-700">
              <span className="font-semibold text-slate-900">We did: </span>
              {item.weDid}
            </p>
          </li>
        ))}
      </ul>
    </Card>
  );
}

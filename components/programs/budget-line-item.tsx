import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { formatCents } from "@/lib/format";
import { budgetCategoryLabels } from "@/lib/programs/blueprint-schemas";

/** One budget line as the blueprint and the sponsor see it: what, its category, how much (and any buttons after). */
export function BudgetLineItem({
  line,
  currency,
  children,
}: {
  line: { description: string; category: string; amountCents: number };
  currency: string;
  children?: ReactNode;
}) {
  const amount = <span className="tabular-nums">{formatCents(line.amountCents, currency)}</span>;
  return (
    <li className="flex items-center justify-between gap-3 py-2">
      <span>
        {line.description}{" "}
        <Badge>{budgetCategoryLabels[line.category as keyof typeof budgetCategoryLabels] ?? line.category}</Badge>
      </span>
      {children ? (
        <span className="flex items-center gap-2">
          {amount}
          {children}
        </span>
      ) : (
        amount
      )}
    </li>
  );
}

import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import type { ActionResult } from "@/lib/action-result";
import { resourceKindLabels } from "@/lib/resources/schemas";

interface Item {
  id: string;
  title: string;
  description?: string;
  kind: keyof typeof resourceKindLabels;
  url: string | null;
  fileName: string | null;
  requiredForReadiness?: boolean;
  completed: boolean;
}

/** Resources a participant can open and tick off. */
export function ResourceChecklist({
  items,
  action,
}: {
  items: Item[];
  action: (input: { id: string; completed: boolean }) => Promise<ActionResult>;
}) {
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap items-start justify-between gap-3 py-3 first:pt-0 last:pb-0">
          <div className="text-sm">
            <p className="font-semibold text-slate-900">
              <a
                href={item.url ?? `/resources/${item.id}/file`}
                target={item.url ? "_blank" : undefined}
                rel="noreferrer"
                className="hover:text-brand-700 hover:underline"
              >
                {item.title}
              </a>
            </p>
            <p className="mt-1 flex flex-wrap gap-1.5">
              <Badge>{resourceKindLabels[item.kind]}</Badge>
              {item.requiredForReadiness && <Badge tone="warning">Required for readiness</Badge>}
              {item.completed && <Badge tone="success">Completed</Badge>}
            </p>
            {item.description && <p className="mt-1 text-slate-600">{item.description}</p>}
          </div>
          <ActionButton
            action={action}
            input={{ id: item.id, completed: !item.completed }}
            label={item.completed ? "Mark not done" : `Mark "${item.title}" complete`}
            variant={item.completed ? "ghost" : "secondary"}
          />
        </li>
      ))}
    </ul>
  );
}

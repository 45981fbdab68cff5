import { ActionButton } from "@/components/ui/action-button";
import { ResourceItem, resourceRow } from "@/components/resources/resource-item";
import { Badge } from "@/components/ui/badge";
import { DividedList } from "@/components/ui/table";
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
    <DividedList items={items} itemKey={(item) => item.id} className={resourceRow}>
      {(item) => (
        <ResourceItem
          resource={item}
          badges={
            <>
              {item.requiredForReadiness && <Badge tone="warning">Required for readiness</Badge>}
              {item.completed && <Badge tone="success">Completed</Badge>}
            </>
          }
          action={
            <ActionButton
              action={action}
              input={{ id: item.id, completed: !item.completed }}
              label={item.completed ? "Mark not done" : `Mark "${item.title}" complete`}
              variant={item.completed ? "ghost" : "secondary"}
            />
          }
        >
          {item.description && <p className="mt-1 text-slate-600">{item.description}</p>}
        </ResourceItem>
      )}
    </DividedList>
  );
}

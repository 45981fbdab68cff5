"use client";

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { callAction } from "@/components/ui/call-action";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";

export interface WaitlistOrderRow {
  participationId: string;
  name: string;
  /** e.g. "waitlisted 3 Feb 2027" or "offered a place until …". */
  detail: string;
}

type Move = (input: { participationId: string; position: number }) => Promise<ActionResult>;

/**
 * One role's waiting list, reorderable by dragging (pointer or keyboard, via dnd-kit) or with the
 * move up / move down buttons, which also work on phones. Each move saves one "put this person at
 * place N" on the server, which rewrites the order under the programme lock.
 */
export function WaitlistOrder({
  label,
  rows,
  move,
  canReorder,
}: {
  label: string;
  rows: WaitlistOrderRow[];
  move: Move;
  canReorder: boolean;
}) {
  const router = useRouter();
  const [order, setOrder] = useState(rows);
  // A fresh list from the server (after a save or someone else's change) replaces the local order.
  const [serverRows, setServerRows] = useState(rows);
  if (rows !== serverRows) {
    setServerRows(rows);
    setOrder(rows);
  }
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const save = (participationId: string, position: number) => {
    const from = order.findIndex((r) => r.participationId === participationId);
    if (from === position - 1) return;
    const before = order;
    setOrder(arrayMove(order, from, position - 1));
    startTransition(async () => {
      const outcome = await callAction(move, { participationId, position });
      setResult(outcome);
      if (outcome.ok) router.refresh();
      else setOrder(before);
    });
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    save(String(active.id), order.findIndex((r) => r.participationId === over.id) + 1);
  };

  return (
    <div className="space-y-2">
      {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={order.map((r) => r.participationId)} strategy={verticalListSortingStrategy}>
          <ol aria-label={label} className="divide-y divide-slate-100 rounded-md border border-slate-200">
            {order.map((row, index) => (
              <WaitlistItem
                key={row.participationId}
                row={row}
                place={index + 1}
                last={index === order.length - 1}
                disabled={!canReorder || pending}
                onMove={save}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
    </div>
  );
}

function WaitlistItem({
  row,
  place,
  last,
  disabled,
  onMove,
}: {
  row: WaitlistOrderRow;
  place: number;
  last: boolean;
  disabled: boolean;
  onMove: (participationId: string, position: number) => void;
}) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: row.participationId,
    disabled,
  });
  const arrow = "rounded border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-50 disabled:opacity-40";
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`flex items-center gap-3 bg-white px-3 py-2 ${isDragging ? "relative z-10 shadow-md" : ""}`}
      data-testid="waitlist-row"
    >
      <button
        type="button"
        className="cursor-grab touch-none px-1 text-slate-400 disabled:cursor-default"
        aria-label={`Drag ${row.name} to another place`}
        disabled={disabled}
        {...attributes}
        {...listeners}
      >
        ⋮⋮
      </button>
      <span className="w-6 text-sm font-semibold text-slate-900">{place}</span>
      <span className="min-w-0 flex-1 text-sm">
        <span className="block truncate font-medium text-slate-900">{row.name}</span>
        <span className="block text-xs text-slate-600">{row.detail}</span>
      </span>
      <span className="flex gap-1">
        <button
          type="button"
          className={arrow}
          disabled={disabled || place === 1}
          onClick={() => onMove(row.participationId, place - 1)}
          aria-label={`Move ${row.name} up`}
        >
          ↑
        </button>
        <button
          type="button"
          className={arrow}
          disabled={disabled || last}
          onClick={() => onMove(row.participationId, place + 1)}
          aria-label={`Move ${row.name} down`}
        >
          ↓
        </button>
      </span>
    </li>
  );
}

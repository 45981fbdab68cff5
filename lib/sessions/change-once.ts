import { AppError } from "@/lib/errors";

/**
 * A state change made once. The update's condition is the state check, so of many identical
 * parallel calls one changes the row; the row is then read back in the same transaction. Returns
 * the changed row, or `null` when an identical call had already made the change (nothing to
 * notify again); a row in any other state is refused with the caller's error.
 */
export async function changeOnce<Row>(step: {
  update: () => PromiseLike<{ count: number }>;
  read: () => PromiseLike<Row>;
  alreadyDone: (row: Row) => boolean;
  refuse: (row: Row) => AppError;
}): Promise<Row | null> {
  const changed = await step.update();
  const row = await step.read();
  if (changed.count > 0) return row;
  if (step.alreadyDone(row)) return null;
  throw step.refuse(row);
}

/** What calling a session off writes: the calendar event keeps its UID with a higher SEQUENCE. */
export const calledOff = { status: "CANCELLED", sequence: { increment: 1 } } as const;

/** Calls a pair or group session off once (see `changeOnce`); only one that has not happened yet can be. */
export function callOffOnce<Row extends { status: string }>(
  cancel: () => PromiseLike<{ count: number }>,
  read: () => PromiseLike<Row>,
): Promise<Row | null> {
  return changeOnce({
    update: cancel,
    read,
    alreadyDone: (row) => row.status === "CANCELLED",
    refuse: () => new AppError("CONFLICT", "Only a session that has not happened yet can be called off."),
  });
}

/** Match statuses that hold a mentor's place and keep a mentee out of the pool. */
export const placeHoldingStatuses = ["AWAITING_CONFIRMATION", "ACTIVE"] as const;

export function holdsPlace(status: string): boolean {
  return (placeHoldingStatuses as readonly string[]).includes(status);
}

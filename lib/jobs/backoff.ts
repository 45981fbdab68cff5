/** The first retry waits this long; each later one twice as long as the one before. */
export const firstRetryDelayMs = 30_000;
/** No retry waits longer than a day. */
export const longestRetryDelayMs = 86_400_000;

/** How long to wait before the next attempt after `attempts` failed ones (1, 2, …). */
export function retryDelayMs(attempts: number): number {
  return Math.min(longestRetryDelayMs, firstRetryDelayMs * 2 ** Math.max(0, attempts - 1));
}

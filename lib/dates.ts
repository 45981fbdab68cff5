export const dayMs = 86_400_000;
export const hourMs = 3_600_000;

/** A calendar date typed as YYYY-MM-DD, stored as UTC midnight so it never shifts by a day. */
export function utcDay(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

/** A date's UTC calendar day as YYYY-MM-DD: the inverse of utcDay. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

import { Cron } from "croner";

/** Recurring jobs run on UTC so that every instance and the admin page agree on "next run". */
export const cronTimeZone = "UTC";

/** Null when the expression parses; otherwise what is wrong with it, in words. */
export function cronProblem(expression: string): string | null {
  try {
    const cron = new Cron(expression, { paused: true, timezone: cronTimeZone });
    if (!cron.nextRun(new Date())) return "This schedule never runs again.";
    return null;
  } catch (error) {
    return `This is not a cron expression Pairwise can read (${(error as Error).message.replace(/^CronPattern: /, "")}). Use five fields: minute hour day-of-month month day-of-week, e.g. "0 7 * * 1".`;
  }
}

/** The first time strictly after `after` that the expression fires. */
export function nextCronRun(expression: string, after: Date): Date {
  const next = new Cron(expression, { paused: true, timezone: cronTimeZone }).nextRun(after);
  if (!next) throw new Error(`The schedule "${expression}" never runs after ${after.toISOString()}.`);
  return next;
}

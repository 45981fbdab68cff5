import { dayMs } from "@/lib/dates";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import { zonedMoment } from "@/lib/sessions/local-time";
import { minutes } from "@/lib/sessions/schemas";

/** How far ahead a session may be planned, and how far back one may be logged. */
export const horizonDays = 365;

interface Times {
  day: string;
  startTime: string;
  endTime: string;
}

function invalid(message: string): never {
  throw new AppError("INVALID_INPUT", "Some fields need attention.", { day: [message] });
}

/** The start (read in the writer's time zone) and length of a session being planned. */
export function plannedTime(input: Times, timeZone: string, now: Date) {
  const start = zonedMoment(input.day, input.startTime, timeZone);
  if (start.getTime() <= now.getTime()) invalid("Choose a time in the future.");
  if (start.getTime() > now.getTime() + horizonDays * dayMs) invalid("Choose a date within the next 12 months.");
  return { start, durationMinutes: minutes(input.endTime) - minutes(input.startTime) };
}

/** The start and length of a session being logged: it must have happened, within the last year. */
export function loggedTime(input: Times, timeZone: string, now: Date) {
  const start = zonedMoment(input.day, input.startTime, timeZone);
  if (start.getTime() > now.getTime()) invalid("A session can be logged once it has started.");
  if (start.getTime() < now.getTime() - horizonDays * dayMs) invalid("Choose a date within the last 12 months.");
  return { start, durationMinutes: minutes(input.endTime) - minutes(input.startTime) };
}

/** A second session at the same start time breaks the pair's unique index: say so at the field. */
export function sameTimeConflict(): AppError {
  return new AppError("CONFLICT", "You already have a session at that time.", {
    startTime: ["You already have a session at that time. Choose another time."],
  });
}

/** A session write whose clash with the unique start-time index is reported at the field. */
export async function orSameTimeConflict<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isUniqueViolation(error)) throw sameTimeConflict();
    throw error;
  }
}

/**
 * The booked session becomes the log once, or a session never booked is created as logged; a
 * second identical call finds the booked one logged and is refused.
 */
export async function logBookedOrNew(
  bookedId: string | undefined,
  logBooked: (id: string) => Promise<{ count: number }>,
  create: () => Promise<{ id: string }>,
): Promise<string> {
  if (!bookedId) return (await create()).id;
  if ((await logBooked(bookedId)).count === 0) {
    throw new AppError("CONFLICT", "This session is already logged, or was not booked. Reload the page to see it.");
  }
  return bookedId;
}

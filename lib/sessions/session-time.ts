import { dayMs } from "@/lib/dates";
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
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

export function sameTimeConflict(): AppError {
  return new AppError("CONFLICT", "You already have a session at that time.", {
    startTime: ["You already have a session at that time. Choose another time."],
  });
}

import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** The moment a person means by a day and a clock time in their own time zone (DST-aware). */
export function zonedMoment(day: string, time: string, timeZone: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, date, hours, minutes, timeZone).getTime());
}

/** A moment as a person reads it in their own time zone, e.g. "Tue 8 Dec 2026, 14:00". */
export function formatInZone(at: Date, timeZone: string, pattern = "EEE d MMM yyyy, HH:mm"): string {
  return format(new TZDate(at.getTime(), timeZone), pattern);
}

/** The day (YYYY-MM-DD) and clock time (HH:mm) of a moment in a time zone, for form defaults. */
export function zonedParts(at: Date, timeZone: string): { day: string; time: string } {
  const local = new TZDate(at.getTime(), timeZone);
  return { day: format(local, "yyyy-MM-dd"), time: format(local, "HH:mm") };
}

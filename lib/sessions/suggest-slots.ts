import { TZDate } from "@date-fns/tz";
import { weekdays, type dayParts } from "@/lib/profiles/schemas";

/** What each part of the availability grid means on a person's own clock. */
export const dayPartHours: Record<(typeof dayParts)[number], [number, number]> = {
  AM: [9, 12],
  PM: [13, 17],
  EVE: [17, 20],
};

export interface WeeklyAvailability {
  timeZone: string;
  /** Slot codes such as MON_AM. */
  availability: string[];
}

interface Interval {
  start: number;
  end: number;
}

const halfHourMs = 30 * 60_000;
const hourMs = 60 * 60_000;
/** A suggestion leaves at least this much notice. */
const minimumNoticeMs = 12 * hourMs;

function intervals(person: WeeklyAvailability, from: Date, days: number): Interval[] {
  const slots = new Set(person.availability);
  const local = new TZDate(from.getTime(), person.timeZone);
  const result: Interval[] = [];
  for (let offset = 0; offset <= days; offset += 1) {
    const noon = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + offset, 12, 0, person.timeZone);
    // getDay() is 0 for Sunday; the grid starts on Monday.
    const code = weekdays[(noon.getDay() + 6) % 7];
    for (const [part, [from, to]] of Object.entries(dayPartHours)) {
      if (!slots.has(`${code}_${part}`)) continue;
      const y = noon.getFullYear();
      const m = noon.getMonth();
      const d = noon.getDate();
      result.push({
        start: new TZDate(y, m, d, from, 0, person.timeZone).getTime(),
        end: new TZDate(y, m, d, to, 0, person.timeZone).getTime(),
      });
    }
  }
  return result;
}

/**
 * Up to `count` start times in the next `days` days when both people's weekly availability
 * overlaps for the whole session, each on its own day so the choice is real.
 */
export function suggestSlots(
  a: WeeklyAvailability,
  b: WeeklyAvailability,
  now: Date,
  durationMinutes: number,
  count = 3,
  days = 14,
): Date[] {
  const earliest = Math.ceil((now.getTime() + minimumNoticeMs) / halfHourMs) * halfHourMs;
  const horizon = now.getTime() + days * 24 * hourMs;
  const overlaps: Interval[] = [];
  for (const x of intervals(a, now, days)) {
    for (const y of intervals(b, now, days)) {
      const start = Math.ceil(Math.max(x.start, y.start, earliest) / halfHourMs) * halfHourMs;
      const end = Math.min(x.end, y.end);
      if (start < horizon && end - start >= durationMinutes * 60_000) overlaps.push({ start, end });
    }
  }
  overlaps.sort((p, q) => p.start - q.start);
  const picked: Date[] = [];
  const daysUsed = new Set<string>();
  for (const overlap of overlaps) {
    const day = new TZDate(overlap.start, a.timeZone).toDateString();
    if (daysUsed.has(day)) continue;
    daysUsed.add(day);
    picked.push(new Date(overlap.start));
    if (picked.length === count) break;
  }
  return picked;
}

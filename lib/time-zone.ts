import { tzOffset } from "@date-fns/tz";

/** Minutes east of UTC for an IANA time zone at a moment; null for an unknown zone. */
export function utcOffsetMinutes(timeZone: string, at: Date): number | null {
  if (!isTimeZone(timeZone)) return null;
  const offset = tzOffset(timeZone, at);
  return Number.isFinite(offset) ? offset : null;
}

/** Whether the runtime knows this IANA time zone name. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Every time zone a person can choose: the runtime's IANA zones, and UTC itself. */
export function timeZoneNames(): string[] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
}

/** "UTC+01:00", "UTC−05:30", or "UTC" for no offset. */
export function formatUtcOffset(minutes: number): string {
  if (minutes === 0) return "UTC";
  const whole = Math.abs(minutes);
  const hours = String(Math.floor(whole / 60)).padStart(2, "0");
  const rest = String(whole % 60).padStart(2, "0");
  return `UTC${minutes > 0 ? "+" : "−"}${hours}:${rest}`;
}

/** How a zone is offered in the list: its name, readable, with its offset now ("Europe/London · UTC+01:00"). */
export function timeZoneLabel(timeZone: string, at: Date): string {
  const offset = utcOffsetMinutes(timeZone, at);
  const name = timeZone.replaceAll("_", " ");
  return offset === null ? name : `${name} · ${formatUtcOffset(offset)}`;
}

/**
 * The time zone a person's form starts from: their own once they have one, else none, so the
 * browser's zone is offered. A person who never saved a profile and still has the account's
 * default (UTC, from an import without a time zone) has not chosen one.
 */
export function chosenTimeZone(person: { timeZone: string; hasProfile: boolean }): string {
  return !person.hasProfile && person.timeZone === "UTC" ? "" : person.timeZone;
}

import { dayMs } from "@/lib/dates";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatDate(date: Date | null | undefined): string {
  return date ? dateFormat.format(date) : "—";
}

const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** A moment for the programme office, in UTC (the time zone recurring jobs run on). */
export function formatDateTime(date: Date | null | undefined): string {
  return date ? `${dateTimeFormat.format(date)} UTC` : "—";
}

export function formatPercent(share: number | null | undefined): string {
  return share === null || share === undefined ? "—" : `${Math.round(share * 100)}%`;
}

export function formatDecimal(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? "—" : value.toFixed(digits);
}

/** A waiting time given in hours: "under an hour", "5 hours", "2.5 days" from two days up. */
export function formatHours(hours: number | null | undefined): string {
  if (hours === null || hours === undefined) return "—";
  if (hours < 1) return "under an hour";
  if (hours < 48) return counted(Math.round(hours), "hour");
  return `${formatDecimal(hours / 24)} days`;
}

export function daysAgo(date: Date | null, now = new Date()): string {
  if (!date) return "never";
  const days = Math.floor((now.getTime() - date.getTime()) / dayMs);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  return `${days} days ago`;
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("");
}

/** The noun for a count: plural(1, "pair") is "pair", plural(3, "pair") "pairs", plural(2, "person", "people") "people". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}

/** "1 pair", "3 pairs": the count with its word. */
export function counted(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${plural(count, singular, pluralForm)}`;
}

/**
 * A money figure with its currency, the one way money is shown: "€1,250" or, for amounts kept to
 * the cent such as budget lines, "€1,250.50". `currency` is the organisation's ISO 4217 code.
 */
export function formatMoney(amount: number, currency: string, precision: "whole" | "cents" = "whole"): string {
  const digits = precision === "cents" ? 2 : 0;
  return new Intl.NumberFormat("en-GB", {
    style: "currency",
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount);
}

/** A budget amount stored in cents, with its currency: "€1,250.50". */
export function formatCents(cents: number, currency: string): string {
  return formatMoney(cents / 100, currency, "cents");
}

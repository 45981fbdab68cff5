"use client";

import { useEffect, useSyncExternalStore, type InputHTMLAttributes } from "react";
import { TextField } from "@/components/ui/field";
import { timeZoneLabel, timeZoneNames } from "@/lib/time-zone";

interface ZoneOption {
  value: string;
  label: string;
}

let options: ZoneOption[] | null = null;
const noOptions: ZoneOption[] = [];
const subscribe = () => () => {};
// Built in the browser only: its list of zones can differ from the server's, and the page's HTML
// stays small. The offsets are the ones in force today.
const browserOptions = () =>
  (options ??= timeZoneNames().map((zone) => ({ value: zone, label: timeZoneLabel(zone, new Date()) })));

/** The time zone this browser runs in, e.g. "Europe/Berlin". */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * A time zone typed with suggestions: typing "London" or "New York" narrows the list of every IANA
 * zone, each shown with its offset. With `defaultToBrowser`, an empty field is filled once with the
 * browser's own zone.
 */
export function TimeZoneField({
  id,
  label,
  hint,
  error,
  defaultToBrowser,
  ...input
}: { id: string; label: string; hint?: string; error?: string; defaultToBrowser?: (zone: string) => void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "list" | "type"
>) {
  const zones = useSyncExternalStore(subscribe, browserOptions, () => noOptions);
  useEffect(() => {
    defaultToBrowser?.(browserTimeZone());
    // Once, when the form appears: a zone the person then changes is theirs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <>
      <TextField id={id} label={label} hint={hint} error={error} list={`${id}-zones`} autoComplete="off" {...input} />
      <datalist id={`${id}-zones`}>
        {zones.map((zone) => (
          <option key={zone.value} value={zone.value} label={zone.label} />
        ))}
      </datalist>
    </>
  );
}

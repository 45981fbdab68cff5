import { describe, expect, it } from "vitest";
import { chosenTimeZone, formatUtcOffset, timeZoneLabel, timeZoneNames, utcOffsetMinutes } from "@/lib/time-zone";

const summer = new Date("2027-07-01T12:00:00Z");
const winter = new Date("2027-01-15T12:00:00Z");

describe("time zones", () => {
  it("knows each zone's offset at a moment, with summer time, and nothing for an unknown zone", () => {
    expect(utcOffsetMinutes("Europe/London", summer)).toBe(60);
    expect(utcOffsetMinutes("Europe/London", winter)).toBe(0);
    expect(utcOffsetMinutes("America/New_York", winter)).toBe(-300);
    expect(utcOffsetMinutes("Asia/Kolkata", winter)).toBe(330);
    expect(utcOffsetMinutes("UTC", summer)).toBe(0);
    expect(utcOffsetMinutes("Mars/Olympus_Mons", summer)).toBeNull();
  });

  it("offers every runtime zone plus UTC, once each", () => {
    const names = timeZoneNames();
    expect(names[0]).toBe("UTC");
    expect(names).toContain("Europe/Berlin");
    expect(new Set(names).size).toBe(names.length);
  });

  it("labels a zone readably with its offset", () => {
    expect(formatUtcOffset(0)).toBe("UTC");
    expect(formatUtcOffset(330)).toBe("UTC+05:30");
    expect(formatUtcOffset(-300)).toBe("UTC−05:00");
    expect(timeZoneLabel("America/New_York", winter)).toBe("America/New York · UTC−05:00");
  });

  it("treats the account default as not chosen until the person saves a profile", () => {
    expect(chosenTimeZone({ timeZone: "UTC", hasProfile: false })).toBe("");
    expect(chosenTimeZone({ timeZone: "UTC", hasProfile: true })).toBe("UTC");
    expect(chosenTimeZone({ timeZone: "Europe/Berlin", hasProfile: false })).toBe("Europe/Berlin");
  });
});

import { describe, expect, it } from "vitest";
import { formatInZone, zonedMoment } from "@/lib/sessions/local-time";
import { suggestSlots } from "@/lib/sessions/suggest-slots";

describe("zoned times", () => {
  it("keeps a 09:00 London session at 09:00 local across the March clock change", () => {
    const before = zonedMoment("2027-03-26", "09:00", "Europe/London");
    const after = zonedMoment("2027-03-29", "09:00", "Europe/London");
    expect(before.toISOString()).toBe("2027-03-26T09:00:00.000Z");
    expect(after.toISOString()).toBe("2027-03-29T08:00:00.000Z");
    expect(formatInZone(after, "Europe/London", "HH:mm")).toBe("09:00");
  });

  it("shows one moment to two people nine hours apart in their own clocks", () => {
    const start = zonedMoment("2026-12-08", "09:30", "Europe/London");
    expect(formatInZone(start, "Europe/London")).toBe("Tue 8 Dec 2026, 09:30");
    expect(formatInZone(start, "Asia/Tokyo")).toBe("Tue 8 Dec 2026, 18:30");
  });
});

describe("suggested slots", () => {
  const monday = new Date("2026-12-07T00:00:00Z");
  const londonMondayMorning = { timeZone: "Europe/London", availability: ["MON_AM"] };

  it("finds where a London morning meets a Tokyo evening, nine hours apart", () => {
    const slots = suggestSlots(
      { timeZone: "Europe/London", availability: ["MON_AM", "TUE_AM", "WED_AM", "THU_PM"] },
      { timeZone: "Asia/Tokyo", availability: ["MON_EVE", "TUE_EVE", "WED_EVE", "THU_EVE"] },
      monday,
      60,
    );
    expect(slots.map((s) => s.toISOString())).toEqual([
      // Monday 09:00 is less than twelve hours away, so it starts on Tuesday.
      "2026-12-08T09:00:00.000Z",
      "2026-12-09T09:00:00.000Z",
      "2026-12-14T09:00:00.000Z",
    ]);
    // 09:00 London is 18:00 in Tokyo: inside both grids, and the 11:00 end is 20:00 in Tokyo.
    expect(formatInZone(slots[0]!, "Asia/Tokyo", "HH:mm")).toBe("18:00");
  });

  it("leaves at least twelve hours' notice and never a slot that ends outside either grid", () => {
    const slots = suggestSlots(londonMondayMorning, londonMondayMorning, new Date("2026-12-07T08:00:00Z"), 180);
    expect(slots.map((s) => s.toISOString())).toEqual(["2026-12-14T09:00:00.000Z"]);
    expect(suggestSlots(londonMondayMorning, londonMondayMorning, monday, 240)).toEqual([]);
  });

  it("offers nothing when the grids never meet", () => {
    expect(suggestSlots(londonMondayMorning, { ...londonMondayMorning, timeZone: "America/New_York" }, monday, 60)).toEqual([]);
  });
});

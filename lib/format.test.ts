import { describe, expect, it } from "vitest";
import { formatCents, formatHours, formatMoney } from "@/lib/format";
import { currencyOption, isCurrency } from "@/lib/organization/currency";

describe("formatHours", () => {
  it("says a waiting time in hours, and in days from two days up", () => {
    expect(formatHours(null)).toBe("—");
    expect(formatHours(0.4)).toBe("under an hour");
    expect(formatHours(1.2)).toBe("1 hour");
    expect(formatHours(30)).toBe("30 hours");
    expect(formatHours(60)).toBe("2.5 days");
  });
});

describe("money", () => {
  it("always shows the currency, in whole units unless asked for cents", () => {
    expect(formatMoney(48250.4, "EUR")).toBe("€48,250");
    expect(formatMoney(48250.4, "GBP")).toBe("£48,250");
    expect(formatMoney(1250, "USD")).toBe("US$1,250");
    expect(formatMoney(-300, "EUR")).toBe("-€300");
    expect(formatMoney(1250.5, "CHF", "cents")).toBe("CHF\u00a01,250.50");
  });

  it("shows a budget amount kept in cents to the cent", () => {
    expect(formatCents(125050, "EUR")).toBe("€1,250.50");
    expect(formatCents(0, "GBP")).toBe("£0.00");
  });

  it("offers every ISO currency the runtime formats, by code and name", () => {
    expect(isCurrency("EUR")).toBe(true);
    expect(isCurrency("XYZ")).toBe(false);
    expect(currencyOption("EUR")).toBe("EUR · Euro");
  });
});

import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/programs/programs";
import { programCreateSchema } from "@/lib/programs/schemas";

describe("programme input", () => {
  it("accepts a minimal programme and treats blank dates as unset", () => {
    expect(programCreateSchema.parse({ name: "  Flash mentoring ", type: "FLASH", startDate: "", endDate: "" })).toEqual({
      name: "Flash mentoring",
      type: "FLASH",
      purpose: "",
      startDate: undefined,
      endDate: undefined,
    });
  });

  it("puts an end before the start on the end date field", () => {
    const result = programCreateSchema.safeParse({ name: "Pilot", type: "PEER", startDate: "2027-02-01", endDate: "2027-01-31" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ["endDate"],
      message: "The end date must be on or after the start date.",
    });
  });
});

describe("slugs", () => {
  it("are readable, ASCII and bounded", () => {
    expect(slugify("Café Leadership: Cohort #3")).toBe("cafe-leadership-cohort-3");
    expect(slugify("!!!")).toBe("programme");
    expect(slugify("x".repeat(100))).toHaveLength(60);
  });
});

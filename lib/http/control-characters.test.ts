import { describe, expect, it } from "vitest";
import { stripControlCharacters } from "@/lib/http/control-characters";

describe("stripControlCharacters", () => {
  it("removes NUL and other controls from every nested string, keeping tabs and line breaks", () => {
    const date = new Date("2026-11-22T00:00:00Z");
    // Each field: what arrives, then what the action sees.
    const fields: Record<string, [unknown, unknown]> = {
      name: ["Ada\u0000 Lovelace\u001B", "Ada Lovelace"],
      bio: ["line one\r\nline\ttwo\u007F", "line one\r\nline\ttwo"],
      skills: [
        ["Go\u0000", "Rust"],
        ["Go", "Rust"],
      ],
      nested: [{ note: "\u0008ok" }, { note: "ok" }],
      capacity: [2, 2],
      done: [true, true],
      none: [null, null],
      date: [date, date],
    };
    const arriving = Object.fromEntries(Object.entries(fields).map(([key, [before]]) => [key, before]));
    const cleaned = Object.fromEntries(Object.entries(fields).map(([key, [, after]]) => [key, after]));
    expect(stripControlCharacters(arriving)).toEqual(cleaned);
  });
});

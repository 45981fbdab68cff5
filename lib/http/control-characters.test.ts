import { describe, expect, it } from "vitest";
import { stripControlCharacters } from "@/lib/http/control-characters";

describe("stripControlCharacters", () => {
  it("removes NUL and other controls from every nested string, keeping tabs and line breaks", () => {
    const date = new Date("2026-11-22T00:00:00Z");
    expect(
      stripControlCharacters({
        name: "Ada\u0000 Lovelace\u001B",
        bio: "line one\r\nline\ttwo\u007F",
        skills: ["Go\u0000", "Rust"],
        nested: { note: "\u0008ok" },
        capacity: 2,
        done: true,
        none: null,
        date,
      }),
    ).toEqual({
      name: "Ada Lovelace",
      bio: "line one\r\nline\ttwo",
      skills: ["Go", "Rust"],
      nested: { note: "ok" },
      capacity: 2,
      done: true,
      none: null,
      date,
    });
  });
});

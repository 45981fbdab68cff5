import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "@/lib/people/csv";

describe("CSV", () => {
  it("reads quoted fields with commas, quotes and line breaks, keeping line numbers", () => {
    const text = '\ufeffname,note\r\n"Reyes, Daniel","said ""hi"""\r\n"Two\nlines",x\n\nlast,row';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ["name", "note"] },
      { line: 2, fields: ["Reyes, Daniel", 'said "hi"'] },
      { line: 3, fields: ["Two\nlines", "x"] },
      { line: 6, fields: ["last", "row"] },
    ]);
  });

  it("writes what it reads", () => {
    const rows = [
      ["a", "b,c"],
      ['q"uote', "line\nbreak"],
      ["", "plain"],
    ];
    expect(parseCsv(toCsv(rows)).map((r) => r.fields)).toEqual(rows);
  });

  it("escapes cells a spreadsheet would run as formulas", () => {
    const csv = toCsv([
      ["name", "title"],
      ["Mallory", '=HYPERLINK("https://evil.example","Click")'],
      ["Eve", "+1-555"],
      ["Ann", "@SUM(A1)"],
    ]);
    expect(csv).not.toMatch(/(^|,)"?[=+@-]/m);
    expect(parseCsv(csv).map((r) => r.fields[1])).toEqual([
      "title",
      `'=HYPERLINK("https://evil.example","Click")`,
      "'+1-555",
      "'@SUM(A1)",
    ]);
  });
});

import Papa from "papaparse";

/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF; a
 * leading byte-order mark is ignored. Each record keeps the line number it starts on, so errors
 * can point people to the right line of their spreadsheet.
 */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export function parseCsv(text: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;

  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== "") records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    fieldStarted = false;
  };

  for (let k = 0; k < source.length; k += 1) {
    const char = source[k]!;
    if (quoted) {
      if (char === '"') {
        if (source[k + 1] === '"') {
          field += '"';
          k += 1;
        } else {
          quoted = false;
        }
      } else {
        if (char === "\n") line += 1;
        field += char;
      }
      continue;
    }
    if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (char === ",") {
      fields.push(field);
      field = "";
      fieldStarted = false;
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[k + 1] === "\n") k += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}

/**
 * Rows as CSV through papaparse, with formula escaping: a cell starting with =, +, -, @, tab or
 * carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of running
 * it (a profile field such as =HYPERLINK(…) must not become a live link in HR's spreadsheet).
 */
export function toCsv(rows: string[][]): string {
  return `${Papa.unparse(rows, { escapeFormulae: true, newline: "\r\n" })}\r\n`;
}

/** NUL and the other control characters no typed text needs (tab and line breaks stay). */
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Every string in an action's input, however deeply nested, without control characters: the one
 * place text is cleaned before any schema sees it, so a NUL pasted into any field can neither
 * crash PostgreSQL (which refuses it in text) nor hide in stored data.
 */
export function stripControlCharacters(value: unknown): unknown {
  if (typeof value === "string") return value.replace(controlCharacters, "");
  if (Array.isArray(value)) return value.map(stripControlCharacters);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, stripControlCharacters(item)]));
  }
  return value;
}

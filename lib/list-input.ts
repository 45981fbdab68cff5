/** A list typed into one field (comma- or line-separated), as its distinct trimmed entries in the order typed. */
export function distinctEntries(value: string, separator: "," | "\n"): string[] {
  return [
    ...new Set(
      value
        .split(separator)
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
}

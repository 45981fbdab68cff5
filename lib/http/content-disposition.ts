/**
 * A Content-Disposition header for a download (RFC 6266): a plain ASCII `filename` for old
 * clients and the exact name, in UTF-8, as `filename*` (RFC 5987), so names with accents, dashes
 * or Cyrillic letters download under their own name instead of failing or arriving garbled.
 */
export function attachmentDisposition(fileName: string): string {
  const name = fileName.replace(/[\u0000-\u001F\u007F/\\]/g, "").trim() || "download";
  const ascii =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^\x20-\x7E]/g, "_")
      .replace(/["%;]/g, "_") || "download";
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

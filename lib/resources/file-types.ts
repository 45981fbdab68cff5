/**
 * The kinds of file the resource library accepts, recognised from the file's first bytes rather
 * than from what the uploader's browser claimed, so a script renamed .pdf is refused and every
 * stored file is served with a type that matches its content.
 */
export interface AllowedFile {
  type: string;
  label: string;
}

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const officeTypes: Record<string, AllowedFile> = {
  docx: { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word" },
  xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel" },
  pptx: { type: "application/vnd.openxmlformats-officedocument.presentationml.presentation", label: "PowerPoint" },
};

const textTypes: Record<string, AllowedFile> = {
  txt: { type: "text/plain; charset=utf-8", label: "text" },
  md: { type: "text/markdown; charset=utf-8", label: "text" },
  csv: { type: "text/csv; charset=utf-8", label: "CSV" },
};

export const allowedFilesDescription = "PDF, Word, Excel, PowerPoint, PNG, JPEG, GIF, MP4, plain text, Markdown or CSV";

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** What the file really is, or null when it is not one of the allowed kinds. */
export function detectAllowedFile(bytes: Uint8Array, fileName: string): AllowedFile | null {
  const extension = fileName.toLowerCase().split(".").pop() ?? "";
  if (startsWith(bytes, ascii("%PDF-"))) return { type: "application/pdf", label: "PDF" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { type: "image/png", label: "PNG" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { type: "image/jpeg", label: "JPEG" };
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return { type: "image/gif", label: "GIF" };
  if (startsWith(bytes, ascii("ftyp"), 4)) return { type: "video/mp4", label: "MP4" };
  // Word, Excel and PowerPoint files are ZIP archives; the extension says which.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeTypes[extension] ?? null;
  if (textTypes[extension] && isUtf8Text(bytes)) return textTypes[extension]!;
  return null;
}

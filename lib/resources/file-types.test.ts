import { describe, expect, it } from "vitest";
import { detectAllowedFile } from "@/lib/resources/file-types";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("detectAllowedFile", () => {
  it("recognises allowed files by their content, whatever they are called", () => {
    expect(detectAllowedFile(bytes("%PDF-1.7\n..."), "guide.bin")?.type).toBe("application/pdf");
    expect(detectAllowedFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), "x.png")?.type).toBe(
      "image/png",
    );
    expect(detectAllowedFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), "plan.docx")?.label).toBe("Word");
    expect(detectAllowedFile(bytes("name,level\nAda,5\n"), "people.csv")?.type).toBe("text/csv; charset=utf-8");
  });

  it("refuses files whose content is not an allowed kind, whatever their name claims", () => {
    expect(detectAllowedFile(bytes("<html><script>alert(1)</script>"), "guide.pdf")).toBeNull();
    expect(detectAllowedFile(bytes("<svg onload=alert(1)>"), "logo.svg")).toBeNull();
    expect(detectAllowedFile(new Uint8Array([0x4d, 0x5a, 0x90, 0]), "setup.txt")).toBeNull();
    expect(detectAllowedFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), "archive.zip")).toBeNull();
  });
});

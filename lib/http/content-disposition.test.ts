import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "@/lib/http/content-disposition";

describe("attachmentDisposition", () => {
  it("gives old clients an ASCII name and everyone else the exact UTF-8 name", () => {
    expect(attachmentDisposition("Café guide – 2027.pdf")).toBe(
      `attachment; filename="Cafe guide _ 2027.pdf"; filename*=UTF-8''Caf%C3%A9%20guide%20%E2%80%93%202027.pdf`,
    );
    expect(attachmentDisposition("Наставничество.pdf")).toMatch(
      /^attachment; filename="_+\.pdf"; filename\*=UTF-8''%D0%9D%D0%B0/,
    );
  });

  it("never lets a name break out of the header or into a path", () => {
    const header = attachmentDisposition('evil"\r\nSet-Cookie: x=1; ../../a.txt');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toBe(
      `attachment; filename="evil_Set-Cookie: x=1_ ....a.txt"; filename*=UTF-8''evil%22Set-Cookie%3A%20x%3D1%3B%20....a.txt`,
    );
    expect(attachmentDisposition("")).toBe(`attachment; filename="download"; filename*=UTF-8''download`);
  });
});

import { describe, expect, it } from "vitest";
import { foreignOriginRefusal, malformedBodyRefusal } from "@/lib/http/server-action-request";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("server-action requests", () => {
  it("accepts its own origin, through a proxy too, and a request without an Origin", () => {
    expect(foreignOriginRefusal(headers({ host: "localhost:3000", origin: "http://localhost:3000" }))).toBeNull();
    expect(
      foreignOriginRefusal(
        headers({ host: "10.0.0.5:3000", "x-forwarded-host": "mentoring.example.com", origin: "https://mentoring.example.com" }),
      ),
    ).toBeNull();
    expect(foreignOriginRefusal(headers({ host: "localhost:3000" }))).toBeNull();
  });

  it("refuses another origin, an opaque one and nonsense with 403", () => {
    for (const origin of ["https://evil.example", "http://localhost:3001", "null", "not a url"]) {
      expect(foreignOriginRefusal(headers({ host: "localhost:3000", origin }))?.status).toBe(403);
    }
  });

  it("refuses bodies Next cannot decode into arguments with 400", async () => {
    const text = (body: string) => () => Promise.resolve(body);
    expect(await malformedBodyRefusal("text/plain;charset=UTF-8", text('["$K1"]'))).toBeNull();
    expect(await malformedBodyRefusal("multipart/form-data; boundary=x", text(""))).toBeNull();
    expect(await malformedBodyRefusal("application/x-www-form-urlencoded", text("a=1"))).toBeNull();
    expect((await malformedBodyRefusal("text/plain", text("{not json")))?.status).toBe(400);
    expect((await malformedBodyRefusal("text/plain", text('"just a string"')))?.status).toBe(400);
    expect((await malformedBodyRefusal(null, text("")))?.status).toBe(400);
    expect((await malformedBodyRefusal("multipart/form-data", text("")))?.status).toBe(400);
  });
});

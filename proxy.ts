import { NextResponse, type NextRequest } from "next/server";
import { foreignOriginRefusal, malformedBodyRefusal } from "@/lib/http/server-action-request";
import { isHttps, securityHeaders } from "@/lib/http/security-headers";

/**
 * Gives every request a fresh script nonce and every response the security headers; refuses a
 * server-action POST from another origin (403) or with a body Next cannot decode (400) before Next
 * would answer either with a 500.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const headers = securityHeaders({
    nonce,
    development: process.env.NODE_ENV === "development",
    https: isHttps(request.url, request.headers.get("x-forwarded-proto")),
  });
  if (request.method === "POST" && request.headers.has("next-action")) {
    const refusal =
      foreignOriginRefusal(request.headers) ??
      (await malformedBodyRefusal(request.headers.get("content-type"), () => request.clone().text()));
    if (refusal) {
      return new NextResponse(refusal.message, {
        status: refusal.status,
        headers: { ...headers, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    }
  }
  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};

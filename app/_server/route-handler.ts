import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { withRequestAddress } from "@/lib/audit/request-address";
import { requestAddressIfAny } from "@/app/_server/client-address";
import { getActor } from "@/app/_server/session";

/**
 * The shape of every route handler: a signed-out caller gets 401 with `signedOut` as the reason;
 * otherwise the handler runs (its lib call checks the permission) and an AppError becomes a
 * plain-text response with the error's status.
 */
export function routeHandler<Context>(
  signedOut: string,
  handle: (actor: Actor, request: Request, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    const actor = await getActor();
    if (!actor) return new Response(signedOut, { status: 401 });
    try {
      const address = await requestAddressIfAny();
      return await withRequestAddress(address, () => handle(actor, request, context));
    } catch (error) {
      if (error instanceof AppError) return new Response(error.message, { status: error.status });
      throw error;
    }
  };
}

/** A file the browser saves under `fileName`; never cached, as each one is someone's own or their organisation's data. */
export function download(body: BodyInit, contentType: string, fileName: string): Response {
  return new Response(body, {
    headers: { "Content-Type": contentType, "Content-Disposition": attachmentDisposition(fileName), "Cache-Control": "no-store" },
  });
}

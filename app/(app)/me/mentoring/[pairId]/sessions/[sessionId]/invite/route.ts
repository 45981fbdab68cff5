import { download, routeHandler } from "@/app/_server/route-handler";
import { sessionIcs } from "@/lib/calendar/session-ics";

export const GET = routeHandler(
  "Sign in to download the invite.",
  async (actor, _request, { params }: { params: Promise<{ pairId: string; sessionId: string }> }) => {
    const invite = await sessionIcs(actor, (await params).sessionId);
    return download(invite.content, "text/calendar; charset=utf-8", invite.filename);
  },
);

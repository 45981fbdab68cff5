import { getActor } from "@/app/_server/session";
import { sessionIcs } from "@/lib/calendar/session-ics";
import { AppError } from "@/lib/errors";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ pairId: string; sessionId: string }> },
): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Sign in to download the invite.", { status: 401 });
  const { sessionId } = await params;
  try {
    const invite = await sessionIcs(actor, sessionId);
    return new Response(invite.content, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${invite.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: error.status });
    throw error;
  }
}

import { findRaters } from "@/lib/surveys/find-raters";
import { findRatersSchema } from "@/lib/surveys/schemas";
import { routeHandler } from "@/app/_server/route-handler";

/** GET ?q=name: people the mentee may ask for 360 feedback, as JSON. */
export const GET = routeHandler(
  "Sign in to find colleagues.",
  async (actor, request, { params }: { params: Promise<{ pairId: string }> }) => {
    const { pairId } = await params;
    const parsed = findRatersSchema.safeParse({ pairId, query: new URL(request.url).searchParams.get("q") ?? "" });
    if (!parsed.success) return new Response(parsed.error.issues[0]?.message ?? "Type a name.", { status: 400 });
    const people = await findRaters(actor, parsed.data);
    return Response.json(people, { headers: { "Cache-Control": "no-store" } });
  },
);

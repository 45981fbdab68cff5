import { calendarFeedBySecret } from "@/lib/calendar/calendar-feed";

/** The personal subscription feed: the secret in the address is the only key, so no sign-in. */
export async function GET(_request: Request, { params }: { params: Promise<{ secret: string }> }): Promise<Response> {
  const { secret } = await params;
  const feed = await calendarFeedBySecret(secret.replace(/\.ics$/, ""));
  if (!feed) return new Response("This calendar address has been reset or never existed.", { status: 404 });
  return new Response(feed, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}

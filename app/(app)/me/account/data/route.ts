import { isoDay } from "@/lib/dates";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { myData } from "@/lib/privacy/my-data";
import { routeHandler } from "@/app/_server/route-handler";

export const GET = routeHandler("Sign in to download your data.", async (actor) => {
  const data = await myData(actor);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": attachmentDisposition(`pairwise-my-data-${isoDay(new Date())}.json`),
      "Cache-Control": "no-store",
    },
  });
});

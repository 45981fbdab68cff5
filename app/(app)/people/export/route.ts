import { attachmentDisposition } from "@/lib/http/content-disposition";
import { isoDay } from "@/lib/dates";
import { exportPeopleCsv } from "@/lib/people/export-people";
import { routeHandler } from "@/app/_server/route-handler";

export const GET = routeHandler("Sign in to export the directory.", async (actor) => {
  const csv = await exportPeopleCsv(actor);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachmentDisposition(`pairwise-people-${isoDay(new Date())}.csv`),
      "Cache-Control": "no-store",
    },
  });
});

import { isoDay } from "@/lib/dates";
import { exportPeopleCsv } from "@/lib/people/export-people";
import { download, routeHandler } from "@/app/_server/route-handler";

export const GET = routeHandler("Sign in to export the directory.", async (actor) =>
  download(await exportPeopleCsv(actor), "text/csv; charset=utf-8", `pairwise-people-${isoDay(new Date())}.csv`),
);

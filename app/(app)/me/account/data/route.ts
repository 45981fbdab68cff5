import { isoDay } from "@/lib/dates";
import { myData } from "@/lib/privacy/my-data";
import { download, routeHandler } from "@/app/_server/route-handler";

export const GET = routeHandler("Sign in to download your data.", async (actor) =>
  download(
    JSON.stringify(await myData(actor), null, 2),
    "application/json; charset=utf-8",
    `pairwise-my-data-${isoDay(new Date())}.json`,
  ),
);

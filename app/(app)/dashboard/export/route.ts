import { can } from "@/lib/auth/permissions";
import { isoDay } from "@/lib/dates";
import { exportDashboardCsv } from "@/lib/kpi/dashboard-csv";
import { download, routeHandler } from "@/app/_server/route-handler";

export const GET = routeHandler("Sign in to download the dashboard.", async (actor) => {
  if (!can(actor, "dashboard:read")) return new Response("Your role cannot download the dashboard.", { status: 403 });
  return download(await exportDashboardCsv(actor), "text/csv; charset=utf-8", `pairwise-mentoring-roi-${isoDay(new Date())}.csv`);
});

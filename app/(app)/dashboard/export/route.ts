import { can } from "@/lib/auth/permissions";
import { exportDashboardCsv } from "@/lib/kpi/dashboard-csv";
import { getActor } from "@/app/_server/session";

export async function GET(): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Sign in to download the dashboard.", { status: 401 });
  if (!can(actor, "dashboard:read")) return new Response("Your role cannot download the dashboard.", { status: 403 });
  return new Response(await exportDashboardCsv(actor), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="pairwise-mentoring-roi-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}

import { can } from "@/lib/auth/permissions";
import { exportKpiMatrixCsv } from "@/lib/kpi/matrix";
import { download, routeHandler } from "@/app/_server/route-handler";

export const GET = routeHandler(
  "Sign in to export the KPI matrix.",
  async (actor, _request, { params }: { params: Promise<{ programId: string }> }) => {
    if (!can(actor, "evaluation:read")) return new Response("Your role cannot export the KPI matrix.", { status: 403 });
    const { name, csv } = await exportKpiMatrixCsv(actor, (await params).programId);
    const file = name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    return download(csv, "text/csv; charset=utf-8", `kpi-matrix-${file}.csv`);
  },
);

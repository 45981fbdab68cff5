import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { exportKpiMatrixCsv } from "@/lib/kpi/matrix";
import { getActor } from "@/app/_server/session";

export async function GET(_request: Request, { params }: { params: Promise<{ programId: string }> }): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Sign in to export the KPI matrix.", { status: 401 });
  if (!can(actor, "evaluation:read")) return new Response("Your role cannot export the KPI matrix.", { status: 403 });
  const { programId } = await params;
  try {
    const { name, csv } = await exportKpiMatrixCsv(actor, programId);
    const file = name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="kpi-matrix-${file}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: error.status });
    throw error;
  }
}

import { can } from "@/lib/auth/permissions";
import { exportPeopleCsv } from "@/lib/people/import";
import { getActor } from "@/app/_server/session";

export async function GET(): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Sign in to export the directory.", { status: 401 });
  if (!can(actor, "people:read")) return new Response("Your role cannot export the directory.", { status: 403 });
  const csv = await exportPeopleCsv(actor);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="pairwise-people-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}

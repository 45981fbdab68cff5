import { checkHealth } from "@/lib/health/check-health";

/** 200 when this instance can serve: its database answers and has every migration of this build. */
export async function GET(): Promise<Response> {
  const health = await checkHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

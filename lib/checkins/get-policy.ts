import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { loadCheckInPolicies } from "@/lib/checkins/policy";
import type { CheckInPolicyValues } from "@/lib/checkins/policy-defaults";

export async function getCheckInPolicy(actor: Actor, programId: string): Promise<CheckInPolicyValues> {
  requirePermission(actor, "checkins:read");
  return (await loadCheckInPolicies([programId])).get(programId)!;
}

import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { defaultCheckInPolicy, type CheckInPolicyValues } from "@/lib/checkins/policy-defaults";

/** Each programme's policy, defaults filled in where the coordinator has not set one. */
export async function loadCheckInPolicies(
  programIds: string[],
  client: Prisma.TransactionClient = db,
): Promise<Map<string, CheckInPolicyValues>> {
  const rows = await client.checkInPolicy.findMany({ where: { programId: { in: programIds } } });
  const byProgram = new Map(rows.map((row) => [row.programId, row]));
  return new Map(programIds.map((id) => [id, { ...defaultCheckInPolicy, ...pick(byProgram.get(id)) }]));
}

function pick(row: CheckInPolicyValues | undefined): Partial<CheckInPolicyValues> {
  if (!row) return {};
  const { firstSessionDays, cadenceDays, agreementDays, checkInEveryDays, lowPulseThreshold, unansweredRequestLimit } = row;
  return { firstSessionDays, cadenceDays, agreementDays, checkInEveryDays, lowPulseThreshold, unansweredRequestLimit };
}

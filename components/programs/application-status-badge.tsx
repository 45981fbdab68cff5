import { Badge, type Tone } from "@/components/ui/badge";
import type { ParticipationStatus } from "@/lib/db/generated/enums";
import { applicationStatusLabels } from "@/lib/programs/application-status";

const tones: Record<ParticipationStatus, Tone> = {
  APPLIED: "info",
  APPROVED: "success",
  WAITLISTED: "warning",
  DECLINED: "neutral",
  WITHDRAWN: "neutral",
};

/** An application's status, worded for the coordinator reviewing it or for the applicant. */
export function ApplicationStatusBadge({
  status,
  audience = "applicant",
}: {
  status: ParticipationStatus;
  audience?: keyof typeof applicationStatusLabels;
}) {
  return <Badge tone={tones[status]}>{applicationStatusLabels[audience][status]}</Badge>;
}

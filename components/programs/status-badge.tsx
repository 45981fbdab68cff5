import { Badge, type Tone } from "@/components/ui/badge";
import type { ProgramStatus } from "@/lib/db/generated/enums";

const statusDisplay: Record<ProgramStatus, { label: string; tone: Tone }> = {
  DRAFT: { label: "Draft", tone: "neutral" },
  ENROLMENT: { label: "Enrolment open", tone: "info" },
  MATCHING: { label: "Matching", tone: "brand" },
  ACTIVE: { label: "Active", tone: "success" },
  CLOSED: { label: "Closed", tone: "neutral" },
};

export function ProgramStatusBadge({ status }: { status: ProgramStatus }) {
  const { label, tone } = statusDisplay[status];
  return <Badge tone={tone}>{label}</Badge>;
}

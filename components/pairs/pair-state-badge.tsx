import { Badge, type Tone } from "@/components/ui/badge";
import type { PairState } from "@/lib/kpi/health";

const display: Record<PairState, { label: string; tone: Tone }> = {
  active: { label: "Meeting regularly", tone: "success" },
  "at-risk": { label: "At risk", tone: "warning" },
  new: { label: "Just started", tone: "info" },
  proposed: { label: "Proposed", tone: "brand" },
  awaiting: { label: "Awaiting confirmation", tone: "info" },
  closed: { label: "Closed", tone: "neutral" },
};

export function PairStateBadge({ state }: { state: PairState }) {
  return <Badge tone={display[state].tone}>{display[state].label}</Badge>;
}

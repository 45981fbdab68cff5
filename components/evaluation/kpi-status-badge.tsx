import { Badge, type Tone } from "@/components/ui/badge";
import { kpiStatusLabels, type KpiStatus } from "@/lib/kpi/status";

const tones: Record<KpiStatus, Tone> = { met: "success", "on-track": "info", behind: "warning", "not-enough-data": "neutral" };

export function KpiStatusBadge({ status }: { status: KpiStatus }) {
  return <Badge tone={tones[status]}>{kpiStatusLabels[status]}</Badge>;
}

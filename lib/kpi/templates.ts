import { isMetricKey, type MetricKey } from "@/lib/kpi/metrics";
import vocabulary from "@/lib/vocabulary/en.json";

/** Starting points for a KPI matrix by the programme's purpose; every row can be edited afterwards. */
export interface TemplateRow {
  measure: string;
  metric: MetricKey;
  /** As typed: 80 means 80 %, 3 means +3 points. */
  target: number;
  owner: string;
}

export interface KpiTemplate {
  label: string;
  description: string;
  rows: readonly TemplateRow[];
}

type CatalogueTemplates = typeof vocabulary.kpi.templates;
export type KpiTemplateKey = keyof CatalogueTemplates;

/**
 * The templates' words and figures are written in the vocabulary catalogue; JSON types a metric as
 * any string, so each one is checked here, once, against the metrics Pairwise computes.
 */
function checkedTemplates(templates: CatalogueTemplates): Record<KpiTemplateKey, KpiTemplate> {
  for (const [key, template] of Object.entries(templates))
    for (const row of template.rows)
      if (!isMetricKey(row.metric)) throw new Error(`KPI template "${key}" names an unknown metric: ${row.metric}`);
  return templates as Record<KpiTemplateKey, KpiTemplate>;
}

export const kpiTemplates = checkedTemplates(vocabulary.kpi.templates);
export const kpiTemplateKeys = Object.keys(kpiTemplates) as KpiTemplateKey[];

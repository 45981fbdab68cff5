import type { Metadata } from "next";
import Link from "next/link";
import { EffectTable } from "@/components/evaluation/effect-table";
import { FigureInputs } from "@/components/evaluation/figure-inputs";
import { FiguresAsOf } from "@/components/evaluation/figures-as-of";
import { KpiStatusBadge } from "@/components/evaluation/kpi-status-badge";
import { RoiPanel } from "@/components/evaluation/roi-panel";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { EmptyState } from "@/components/ui/empty-state";
import { choicesOf } from "@/components/ui/field";
import { InlineForm, type InlineField } from "@/components/ui/inline-form";
import { DataTable, NumTd, Td, numericColumns, type Column } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { minimumGroupSize } from "@/lib/kpi/health";
import { audienceLabels, horizonLabels, readKpiMatrix, type KpiMatrix, type KpiMatrixRow } from "@/lib/kpi/matrix";
import { instrumentLabels, levelLabels, metricKeys, metrics } from "@/lib/kpi/metrics";
import { kpiTemplateKeys, kpiTemplates } from "@/lib/kpi/templates";
import { loadedPage } from "@/app/_server/page-shell";
import { findOrNotFound } from "@/app/_server/or-not-found";
import { applyKpiTemplateAction, deleteKpiRowAction, saveKpiRowAction, saveRoiAssumptionsAction } from "./actions";

export const metadata: Metadata = { title: "Programme evaluation" };

export default async function ProgramEvaluationPage({ params }: { params: Promise<{ programId: string }> }) {
  const { programId } = await params;
  return loadedPage("evaluation:read", findOrNotFound(readKpiMatrix, programId), (matrix, actor) => {
    const canWrite = can(actor, "evaluation:write");
    const { effect, roi } = matrix.evaluation;
    const fixed = { programId: matrix.program.id };
    const assumptions = roi.assumptions;
    // One array for every row's form, so the page carries it once.
    const fields = rowFields(matrix);

    return (
      <div className="space-y-6">
        <Card
          title="KPI matrix"
          description="Each row is a success criterion tied to a programme goal. Actuals are computed from session logs, pulses, questionnaires, 360 feedback, pair goals, programme records and HR data: open one to see what it rests on."
          actions={
            <Link href={`/programs/${matrix.program.id}/evaluation/export`} className={buttonClass("secondary")} prefetch={false}>
              Export CSV
            </Link>
          }
        >
          <FiguresAsOf computedAt={matrix.figuresAsOf} refreshing={matrix.refreshing} />
          <DataTable
            caption="KPI matrix"
            columns={matrixColumns}
            rows={matrix.rows}
            rowKey={(row) => row.id}
            empty={<EmptyState title="No success criteria yet">Start from a template below, or add rows one by one.</EmptyState>}
          >
            {(row) => (
              <>
                <Td className="min-w-64">
                  <p className="text-xs text-slate-500">{row.goal ? row.goal.title : "Not tied to a goal yet"}</p>
                  <p className="font-medium text-slate-900">{row.measure}</p>
                  <p className="text-xs text-slate-500">{row.metricLabel}</p>
                  {canWrite && (
                    <div className="mt-2 flex flex-wrap items-start gap-2">
                      <Disclosure
                        className="w-full"
                        summaryClassName="cursor-pointer text-xs font-semibold text-brand-700"
                        summary="Edit"
                      >
                        <div className="mt-2 w-[min(40rem,80vw)]">
                          <InlineForm
                            fields={fields}
                            fixed={{ ...fixed, rowId: row.id }}
                            initial={rowInitial(row)}
                            resetOnSuccess={false}
                            submitLabel="Save row"
                            action={saveKpiRowAction}
                          />
                        </div>
                      </Disclosure>
                      <ActionButton
                        action={deleteKpiRowAction}
                        input={{ ...fixed, rowId: row.id }}
                        label="Delete"
                        variant="ghost"
                        className="px-0 py-0 text-xs"
                        confirm={`Delete “${row.measure}” from the matrix?`}
                      />
                    </div>
                  )}
                </Td>
                <Td className="whitespace-nowrap">{row.instrument}</Td>
                <Td>{audienceLabels[row.audience]}</Td>
                <Td className="whitespace-nowrap">{levelLabels[row.level]}</Td>
                <Td className="whitespace-nowrap">{horizonLabels[row.horizon]}</Td>
                <NumTd>{row.baselineText}</NumTd>
                <NumTd>{row.targetText}</NumTd>
                <NumTd className="font-medium whitespace-nowrap text-slate-900">
                  <FigureInputs inputs={row.actual.inputs} note={row.actual.note} method={row.method}>
                    {row.actualText}
                  </FigureInputs>
                </NumTd>
                <Td>
                  <KpiStatusBadge status={row.status} />
                </Td>
                <Td>{row.owner}</Td>
              </>
            )}
          </DataTable>
          {canWrite && (
            <div className="mt-6 grid gap-6 lg:grid-cols-2">
              <section aria-labelledby="kpi-template">
                <h3 id="kpi-template" className="mb-2 text-sm font-semibold text-slate-900">
                  Start from a template
                </h3>
                <InlineForm
                  fields={[
                    {
                      name: "template",
                      label: "Purpose",
                      type: "select",
                      options: kpiTemplateKeys.map((key) => ({
                        value: key,
                        label: `${kpiTemplates[key].label}: ${kpiTemplates[key].description}`,
                      })),
                      wide: true,
                    },
                  ]}
                  fixed={fixed}
                  resetOnSuccess={false}
                  submitLabel="Add the template's rows"
                  action={applyKpiTemplateAction}
                />
              </section>
              <section aria-labelledby="kpi-add">
                <h3 id="kpi-add" className="mb-2 text-sm font-semibold text-slate-900">
                  Add a row
                </h3>
                <InlineForm fields={fields} fixed={fixed} submitLabel="Add row" action={saveKpiRowAction} />
              </section>
            </div>
          )}
        </Card>

        <Card
          title="Retention against a matched comparison group"
          description={`Voluntary retention of participants from their start, against non-participants employed the same day in the same department, level band, tenure band and location. Groups under ${minimumGroupSize} people show no figure.`}
        >
          <EffectTable caption="Retention by months since the start" estimates={effect.retention} />
          <p className="mt-3 text-xs text-slate-500">
            The naive difference compares participants with every non-participant. When it is far from the matched one, the
            programme drew from groups that stay (or leave) more anyway.
          </p>
        </Card>

        <Card title="Promotion against the same comparison group">
          <EffectTable caption="Promotion by months since the start" estimates={effect.promotion} />
        </Card>

        <Card
          title="Return on investment"
          description="Phillips method: fully loaded costs against avoided voluntary exits, discounted for isolation and confidence."
        >
          <RoiPanel roi={roi} />
          {canWrite && (
            <section aria-labelledby="roi-assumptions" className="mt-6">
              <h3 id="roi-assumptions" className="mb-2 text-sm font-semibold text-slate-900">
                Assumptions
              </h3>
              <InlineForm
                fields={[
                  { name: "replacementCostShare", label: "Replacement cost (% of a year's salary)" },
                  { name: "isolation", label: "Isolation: share credited to mentoring (%)" },
                  { name: "confidence", label: "Confidence in the estimate (%)" },
                  { name: "hourlyOverhead", label: "Overhead on an hour of salary (%)" },
                  { name: "coordinatorHours", label: "Coordinator hours" },
                  { name: "coordinatorHourlyRate", label: `Coordinator hourly cost (${matrix.currency})` },
                  {
                    name: "intangibles",
                    label: "Intangible benefits",
                    type: "textarea",
                    hint: "One per line. Listed beside the ROI, never given a money value.",
                  },
                ]}
                fixed={fixed}
                initial={{
                  replacementCostShare: String(Math.round(assumptions.replacementCostShare * 100)),
                  isolation: String(Math.round(assumptions.isolation * 100)),
                  confidence: String(Math.round(assumptions.confidence * 100)),
                  hourlyOverhead: String(Math.round(assumptions.hourlyOverhead * 100)),
                  coordinatorHours: String(assumptions.coordinatorHours),
                  coordinatorHourlyRate: String(assumptions.coordinatorHourlyRate),
                  intangibles: assumptions.intangibles.join("\n"),
                }}
                resetOnSuccess={false}
                submitLabel="Save assumptions"
                action={saveRoiAssumptionsAction}
              />
            </section>
          )}
        </Card>
      </div>
    );
  });
}

const levels = [1, 2, 3, 4, 5];
const matrixColumns: Column[] = [
  ...["Goal and measure", "Instrument", "Audience", "Level", "Horizon"],
  ...numericColumns("Baseline", "Target", "Actual"),
  "Status",
  "Owner",
];

function rowFields(matrix: KpiMatrix): InlineField[] {
  return [
    { name: "measure", label: "What is measured", placeholder: "e.g. Participants stay with us", wide: true },
    {
      name: "goalId",
      label: "Programme goal",
      type: "select",
      options: [{ value: "", label: "Not tied to a goal yet" }, ...matrix.goals.map((g) => ({ value: g.id, label: g.title }))],
    },
    {
      name: "metric",
      label: "Actual computed as",
      type: "select",
      options: metricKeys.map((key) => ({
        value: key,
        label: `${metrics[key].label} (${instrumentLabels[metrics[key].instrument]})`,
      })),
    },
    { name: "audience", label: "Audience", type: "select", options: choicesOf(["PARTICIPANT", "ORGANISATION"], audienceLabels) },
    { name: "level", label: "Level", type: "select", options: levels.map((l) => ({ value: String(l), label: levelLabels[l]! })) },
    { name: "horizon", label: "Horizon", type: "select", options: choicesOf(["SHORT_TERM", "LONG_TERM"], horizonLabels) },
    { name: "owner", label: "Owner", placeholder: "e.g. Programme coordinator" },
    { name: "baseline", label: "Baseline", hint: "Optional. Per cent as 80, points as 3." },
    { name: "target", label: "Target", hint: "Per cent as 80, points as 3, scores as 4." },
  ];
}

function rowInitial(row: KpiMatrixRow): Record<string, string> {
  return {
    measure: row.measure,
    goalId: row.goal?.id ?? "",
    metric: row.metric,
    audience: row.audience,
    level: String(row.level),
    horizon: row.horizon,
    owner: row.owner,
    baseline: row.baselineTyped === null ? "" : String(row.baselineTyped),
    target: String(row.targetTyped),
  };
}

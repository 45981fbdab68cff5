import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataTable, Td } from "@/components/ui/table";
import type { Actor } from "@/lib/auth/permissions";
import { formatPercent } from "@/lib/format";
import { programSurveys } from "@/lib/surveys/program-surveys";
import { surveyAudienceLabels } from "@/lib/surveys/schemas";
import { surveyTemplates } from "@/lib/surveys/survey-templates";

const statusBadge = {
  DRAFT: { tone: "neutral", label: "Draft" },
  LIVE: { tone: "info", label: "Sending" },
  CLOSED: { tone: "success", label: "Closed" },
} as const;

/** A programme's surveys, and where to start a new one from a template or a blank page. */
export async function ProgramSurveysCard({ actor, programId }: { actor: Actor; programId: string }) {
  const surveys = await programSurveys(actor, programId);
  const base = `/programs/${programId}/surveys`;
  return (
    <div className="space-y-6">
      <Card
        title="Surveys"
        description="Your own questionnaires: what they ask, who and when. Pulses and feedback rounds are on the Check-ins tab."
      >
        <DataTable
          caption="Surveys of this programme"
          columns={["Survey", "Status", "Asks", "When", "Answered"]}
          rows={surveys}
          rowKey={(survey) => survey.id}
          empty={<p className="text-sm text-slate-600">No surveys yet: start one from a template below.</p>}
        >
          {(survey) => (
            <>
              <Td>
                <Link href={`${base}/${survey.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {survey.title}
                </Link>
                <span className="block text-xs text-slate-500">
                  {survey.questions} {survey.questions === 1 ? "question" : "questions"} ·{" "}
                  {survey.anonymous ? "anonymous" : "named"}
                </span>
              </Td>
              <Td>
                <Badge tone={statusBadge[survey.status].tone}>{statusBadge[survey.status].label}</Badge>
              </Td>
              <Td>{surveyAudienceLabels[survey.audience]}</Td>
              <Td>{survey.schedule}</Td>
              <Td>
                {survey.status === "DRAFT"
                  ? "—"
                  : `${survey.answered} of ${survey.invited}${survey.responseRate === null ? "" : ` (${formatPercent(survey.responseRate)})`}`}
              </Td>
            </>
          )}
        </DataTable>
      </Card>
      <Card title="Start a survey" description="Every template can be edited before anything is sent.">
        <ul className="grid gap-4 sm:grid-cols-2">
          {surveyTemplates.map((template) => (
            <li key={template.key} className="flex flex-col justify-between gap-3 rounded-lg p-4 ring-1 ring-slate-200">
              <div>
                <h3 className="text-sm font-semibold text-slate-900">{template.name}</h3>
                <p className="mt-1 text-sm text-slate-600">{template.description}</p>
              </div>
              <Link href={`${base}/new?template=${template.key}`} className={buttonClass("secondary", "self-start")}>
                Use this template
              </Link>
            </li>
          ))}
          <li className="flex flex-col justify-between gap-3 rounded-lg p-4 ring-1 ring-slate-200">
            <div>
              <h3 className="text-sm font-semibold text-slate-900">Blank survey</h3>
              <p className="mt-1 text-sm text-slate-600">Your own questions: scales, choices, text and NPS.</p>
            </div>
            <Link href={`${base}/new`} className={buttonClass("secondary", "self-start")}>
              Start from scratch
            </Link>
          </li>
        </ul>
      </Card>
    </div>
  );
}

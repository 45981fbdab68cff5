import type { Metadata } from "next";
import Link from "next/link";
import { SurveyBuilder } from "@/components/surveys/survey-builder";
import { Card } from "@/components/ui/card";
import { blankSurvey, surveyTemplate } from "@/lib/surveys/survey-templates";
import { requirePageAccess } from "@/app/_server/session";
import { saveSurveyAction } from "../actions";

export const metadata: Metadata = { title: "New survey" };

export default async function NewSurveyPage({
  params,
  searchParams,
}: {
  params: Promise<{ programId: string }>;
  searchParams: Promise<{ template?: string }>;
}) {
  await requirePageAccess("surveys:write");
  const [{ programId }, { template: key }] = await Promise.all([params, searchParams]);
  const template = surveyTemplate(key);
  return (
    <Card
      title={template ? `New survey: ${template.name}` : "New survey"}
      description={template?.description ?? "Write your questions, choose who is asked and when."}
      actions={
        <Link href={`/programs/${programId}/surveys`} className="text-sm font-medium text-brand-700 hover:underline">
          Back to surveys
        </Link>
      }
    >
      <SurveyBuilder
        initial={{
          ...(template?.values ?? blankSurvey),
          template: template?.key ?? null,
          programId,
          requestKey: crypto.randomUUID(),
          launch: false,
        }}
        action={saveSurveyAction}
      />
    </Card>
  );
}

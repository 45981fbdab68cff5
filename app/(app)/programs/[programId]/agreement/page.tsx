import type { Metadata } from "next";
import { Breadcrumb } from "@/components/mentoring/workspace";
import { FormPage } from "@/components/page/form-page";
import { AgreementForm } from "@/components/pairs/agreement-form";
import { agreementTemplate } from "@/lib/pairs/update-agreement-template";
import { loadedPage } from "@/app/_server/page-shell";
import { findOrNotFound } from "@/app/_server/or-not-found";
import { updateAgreementTemplateAction } from "./actions";

export const metadata: Metadata = { title: "Agreement template" };

export default async function AgreementTemplatePage({ params }: { params: Promise<{ programId: string }> }) {
  const { programId } = await params;
  return loadedPage("programs:write", findOrNotFound(agreementTemplate, programId), (template) => (
    <>
      <Breadcrumb href={`/programs/${programId}`}>{template.program.name}</Breadcrumb>
      <FormPage
        title="Mentoring agreement template"
        description="Each pair's agreement starts from this. Pairs add their own expectations and sign it together."
        width="max-w-3xl"
      >
        <AgreementForm
          ids={{ programId }}
          terms={template.terms}
          submitLabel="Save template"
          action={updateAgreementTemplateAction}
        />
      </FormPage>
    </>
  ));
}

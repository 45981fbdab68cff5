import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgreementForm } from "@/components/pairs/agreement-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { agreementTemplate } from "@/lib/pairs/update-agreement-template";
import { permissionPage } from "@/app/_server/page-shell";
import { updateAgreementTemplateAction } from "./actions";

export const metadata: Metadata = { title: "Agreement template" };

export default async function AgreementTemplatePage({ params }: { params: Promise<{ programId: string }> }) {
  const { programId } = await params;
  return permissionPage("programs:write", (actor) => <TemplateEditor actor={actor} programId={programId} />);
}

async function TemplateEditor({ actor, programId }: { actor: Actor; programId: string }) {
  let template;
  try {
    template = await agreementTemplate(actor, programId);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={`/programs/${programId}`} className="text-slate-500 hover:text-brand-700">
          {template.program.name}
        </Link>
      </nav>
      <PageHeader
        title="Mentoring agreement template"
        description="Each pair's agreement starts from this. Pairs add their own expectations and sign it together."
      />
      <Card className="max-w-3xl">
        <AgreementForm
          ids={{ programId }}
          terms={template.terms}
          submitLabel="Save template"
          action={updateAgreementTemplateAction}
        />
      </Card>
    </>
  );
}

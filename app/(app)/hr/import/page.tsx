import type { Metadata } from "next";
import { HrImportForm } from "@/components/hr/hr-import-form";
import { FormPage } from "@/components/page/form-page";
import { requirePageAccess } from "@/app/_server/session";
import { applyHrImportAction, previewHrImportAction } from "./actions";

export const metadata: Metadata = { title: "Import HR outcomes" };

export default async function ImportHrPage() {
  await requirePageAccess("hr:import");
  return (
    <FormPage
      title="Import HR outcomes"
      description="Exits, promotions, salaries, ratings and engagement scores from your HR system. Sending the same events again changes nothing, and a file with any problem imports nothing."
      width="max-w-4xl"
    >
      <HrImportForm preview={previewHrImportAction} apply={applyHrImportAction} />
    </FormPage>
  );
}

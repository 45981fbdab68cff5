import type { Metadata } from "next";
import { FormPage } from "@/components/page/form-page";
import { PeopleImportForm } from "@/components/people/import-form";
import { buttonClass } from "@/components/ui/button";
import { requirePageAccess } from "@/app/_server/session";
import { applyPeopleImportAction, previewPeopleImportAction } from "./actions";

export const metadata: Metadata = { title: "Import people" };

export default async function ImportPeoplePage() {
  await requirePageAccess("people:import");
  return (
    <FormPage
      title="Import people"
      description="Bring your HR system's export into the directory. Importing the same file again updates people rather than duplicating them, and a file with any problem imports nothing."
      actions={
        // A plain link: a Next.js <Link> would prefetch, downloading the whole directory on every visit.
        <a href="/people/export" download className={buttonClass("secondary")}>
          Download the current directory
        </a>
      }
      width="max-w-4xl"
    >
      <PeopleImportForm preview={previewPeopleImportAction} apply={applyPeopleImportAction} />
    </FormPage>
  );
}

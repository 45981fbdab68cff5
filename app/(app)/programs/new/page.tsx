import type { Metadata } from "next";
import { FormPage } from "@/components/page/form-page";
import { ProgramForm } from "@/components/programs/program-form";
import { requirePageAccess } from "@/app/_server/session";
import { createProgramAction } from "../actions";

export const metadata: Metadata = { title: "New programme" };

export default async function NewProgramPage() {
  await requirePageAccess("programs:write");
  return (
    <FormPage
      title="New programme"
      description="Start with the essentials; the programme stays a draft until you open enrolment."
      width="max-w-2xl"
    >
      <ProgramForm action={createProgramAction} />
    </FormPage>
  );
}

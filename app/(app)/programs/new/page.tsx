import type { Metadata } from "next";
import { ProgramForm } from "@/components/programs/program-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/app/_server/session";
import { createProgramAction } from "../actions";

export const metadata: Metadata = { title: "New programme" };

export default async function NewProgramPage() {
  await requirePageAccess("programs:write");
  return (
    <>
      <PageHeader
        title="New programme"
        description="Start with the essentials; the programme stays a draft until you open enrolment."
      />
      <Card className="max-w-2xl">
        <ProgramForm action={createProgramAction} />
      </Card>
    </>
  );
}

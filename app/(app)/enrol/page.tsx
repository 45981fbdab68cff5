import type { Metadata } from "next";
import { OpenProgramCard } from "@/components/programs/open-program-card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { Actor } from "@/lib/auth/permissions";
import { listOpenPrograms } from "@/lib/programs/list-open-programs";
import { permissionPage } from "@/app/_server/page-shell";

export const metadata: Metadata = { title: "Open programmes" };

export default async function OpenProgramsPage() {
  const content = await permissionPage("own-mentoring:read", (actor) => <Catalogue actor={actor} />);
  return (
    <>
      <PageHeader
        title="Open programmes"
        description="Mentoring programmes taking applications now: what each is for, who may apply and how many places are left."
      />
      {content}
    </>
  );
}

async function Catalogue({ actor }: { actor: Actor }) {
  const programs = await listOpenPrograms(actor);
  if (programs.length === 0)
    return (
      <EmptyState title="No programme is taking applications right now">
        Your coordinator announces new programmes here and by e-mail.
      </EmptyState>
    );
  return (
    <div className="grid gap-5 lg:grid-cols-2">
      {programs.map((program) => (
        <OpenProgramCard key={program.slug} program={program} />
      ))}
    </div>
  );
}

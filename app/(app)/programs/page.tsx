import type { Metadata } from "next";
import Link from "next/link";
import { ProgramCard } from "@/components/programs/program-card";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { listPrograms } from "@/lib/programs/programs";
import { loadedPage } from "@/app/_server/page-shell";

export const metadata: Metadata = { title: "Programmes" };

// The permission check runs before anything streams, so a refused request gets a real 403.
export default async function ProgramsPage() {
  return loadedPage("programs:read", listPrograms, (programs, actor) => (
    <>
      <PageHeader
        title="Programmes"
        description="Every mentoring programme in your organisation, from first draft to close, with its enrolment balance at a glance."
        actions={
          can(actor, "programs:write") && (
            <Link href="/programs/new" className={buttonClass("primary")}>
              New programme
            </Link>
          )
        }
      />
      {programs.length === 0 ? (
        <EmptyState title="No programmes yet">Create the first one to start designing your mentoring offer.</EmptyState>
      ) : (
        <div className="grid gap-5 lg:grid-cols-2">
          {programs.map((program) => (
            <ProgramCard key={program.id} program={program} />
          ))}
        </div>
      )}
    </>
  ));
}

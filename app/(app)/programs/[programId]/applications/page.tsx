import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { z } from "zod";
import { ApplicationsReview } from "@/components/programs/applications-review";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { Stat } from "@/components/ui/stat";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { listApplications } from "@/lib/programs/enrolment";
import { requirePageAccess } from "@/app/_server/session";
import { decideApplicationsAction } from "../../actions";

export const metadata: Metadata = { title: "Applications" };

const filterSchema = z.object({
  role: z.enum(["MENTOR", "MENTEE"]).optional().catch(undefined),
  status: z.enum(["APPLIED", "APPROVED", "WAITLISTED", "DECLINED", "WITHDRAWN"]).optional().catch(undefined),
});

type Params = { params: Promise<{ programId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function ApplicationsPage({ params, searchParams }: Params) {
  const actor = await requirePageAccess("programs:read");
  const { programId } = await params;
  const filter = filterSchema.parse(await searchParams);
  return (
    <Suspense key={JSON.stringify(filter)} fallback={<PageSkeleton />}>
      <Applications actor={actor} programId={programId} filter={filter} />
    </Suspense>
  );
}

async function Applications({ actor, programId, filter }: { actor: Actor; programId: string; filter: z.output<typeof filterSchema> }) {
  const { program, balance, rows } = await listApplications(actor, programId, filter).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const prompts = new Map(program.questions.map((q) => [q.id, q.prompt]));
  const spare = balance.mentorPlaces - balance.approvedMentees;
  const link = (key: "role" | "status", value: string | undefined, label: string) => {
    const next = new URLSearchParams();
    for (const [name, v] of Object.entries({ ...filter, [key]: value })) if (v) next.set(name, v);
    const current = filter[key] === value;
    return (
      <Link key={label} href={`?${next}`} aria-current={current ? "true" : undefined} className={`rounded-full px-3 py-1 text-xs font-medium ring-1 ${current ? "bg-brand-600 text-white ring-brand-600" : "text-slate-700 ring-slate-300 hover:bg-slate-50"}`}>
        {label}
      </Link>
    );
  };
  return (
    <>
      <PageHeader
        title="Applications"
        description={program.name}
        actions={
          <Link href={`/programs/${program.id}`} className={buttonClass("secondary")}>
            Back to the programme
          </Link>
        }
      />
      <dl className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4" aria-label="Balance">
        <Stat label="Approved mentors" value={String(balance.approvedMentors)} detail={balance.targetMentors !== null ? `target ${balance.targetMentors}` : undefined} />
        <Stat label="Mentor places" value={String(balance.mentorPlaces)} detail="total capacity of approved mentors" />
        <Stat label="Approved mentees" value={String(balance.approvedMentees)} detail={balance.targetMentees !== null ? `target ${balance.targetMentees}` : undefined} />
        <Stat label="Balance" value={spare >= 0 ? `+${spare}` : String(spare)} detail={spare >= 0 ? "mentor places to spare" : "mentees more than places"} />
      </dl>
      <Card>
        <div className="mb-4 flex flex-wrap items-center gap-2">
          {link("role", undefined, "Everyone")}
          {link("role", "MENTOR", "Mentors")}
          {link("role", "MENTEE", "Mentees")}
          <span className="mx-2 h-4 w-px bg-slate-200" />
          {link("status", undefined, "Any status")}
          {link("status", "APPLIED", `Waiting (${balance.waiting})`)}
          {link("status", "APPROVED", "Approved")}
          {link("status", "WAITLISTED", "Waitlisted")}
          {link("status", "DECLINED", "Declined")}
        </div>
        {rows.length === 0 ? (
          <EmptyState title="No applications match">Share the enrolment link, or change the filters.</EmptyState>
        ) : (
          <ApplicationsReview
            programId={program.id}
            canDecide={can(actor, "programs:write")}
            decide={decideApplicationsAction}
            rows={rows.map((r) => ({
              id: r.id,
              name: r.user.name,
              email: r.user.email,
              title: r.user.title,
              department: r.user.department?.name ?? null,
              role: r.role,
              status: r.status,
              capacity: r.capacity,
              appliedAt: formatDate(r.appliedAt),
              acceptedConduct: r.codeOfConductAcceptedAt !== null,
              ready: r.readinessCompletedAt !== null,
              note: r.decisionNote,
              answers: r.answers.map((a) => ({ prompt: prompts.get(a.questionId) ?? "", values: a.values })),
            }))}
          />
        )}
      </Card>
    </>
  );
}

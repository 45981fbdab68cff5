import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { z } from "zod";
import { ApplicationsReview } from "@/components/programs/applications-review";
import { InviteForm } from "@/components/programs/invite-form";
import { WaitlistOrder } from "@/components/programs/waitlist-order";
import { roleLabel } from "@/lib/programs/type-templates";
import { programWaitlist } from "@/lib/waitlist/program-waitlist";
import { CopyButton } from "@/components/ui/copy-button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { Stat } from "@/components/ui/stat";
import { can, type Actor } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { absoluteUrl } from "@/lib/app-url";
import { listApplications } from "@/lib/programs/enrolment";
import { invitationContext } from "@/lib/programs/invitations";
import { requirePageAccess } from "@/app/_server/session";
import { decideApplicationsAction, inviteToProgramAction, moveOnWaitlistAction } from "../../actions";
import { orNotFound } from "@/app/_server/or-not-found";

export const metadata: Metadata = { title: "Enrolment" };

const filterSchema = z.object({
  role: z.enum(["MENTOR", "MENTEE"]).optional().catch(undefined),
  status: z.enum(["APPLIED", "APPROVED", "WAITLISTED", "DECLINED", "WITHDRAWN"]).optional().catch(undefined),
});

type Params = { params: Promise<{ programId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function EnrolmentPage({ params, searchParams }: Params) {
  const actor = await requirePageAccess("programs:read");
  const { programId } = await params;
  const filter = filterSchema.parse(await searchParams);
  return (
    <Suspense key={JSON.stringify(filter)} fallback={<PageSkeleton />}>
      <Applications actor={actor} programId={programId} filter={filter} />
    </Suspense>
  );
}

async function Applications({
  actor,
  programId,
  filter,
}: {
  actor: Actor;
  programId: string;
  filter: z.output<typeof filterSchema>;
}) {
  const [{ program, balance, rows }, invitations, waitlist] = await orNotFound(
    Promise.all([
      listApplications(actor, programId, filter),
      invitationContext(actor, programId),
      programWaitlist(actor, programId),
    ]),
  );
  const canWrite = can(actor, "programs:write");
  const enrolUrl = absoluteUrl(`/enrol/${program.slug}`);
  const prompts = new Map(program.questions.map((q) => [q.id, q.prompt]));
  const spare = balance.mentorPlaces - balance.approvedMentees;
  const link = (key: "role" | "status", value: string | undefined, label: string) => {
    const next = new URLSearchParams();
    for (const [name, v] of Object.entries({ ...filter, [key]: value })) if (v) next.set(name, v);
    const current = filter[key] === value;
    return (
      <Link
        key={label}
        href={`?${next}`}
        aria-current={current ? "true" : undefined}
        className={`rounded-full px-3 py-1 text-xs font-medium ring-1 ${current ? "bg-brand-600 text-white ring-brand-600" : "text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
      >
        {label}
      </Link>
    );
  };
  return (
    <>
      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <Card title="Enrolment link" description="Share it with the people you invite; they apply there while enrolment is open.">
          <p className="rounded-md bg-slate-50 px-3 py-2 font-mono text-sm break-all text-slate-800 ring-1 ring-slate-200">
            {enrolUrl}
          </p>
          <div className="mt-3 flex flex-wrap items-center gap-4">
            <CopyButton text={enrolUrl} />
            <Link href={`/enrol/${program.slug}`} className="text-sm font-medium text-brand-700 hover:underline">
              Open the enrolment page
            </Link>
          </div>
        </Card>
        <Card title="Call for participants" description={`${invitations.invited} invited so far.`}>
          {program.status === "ENROLMENT" && canWrite ? (
            <InviteForm
              programId={program.id}
              people={invitations.people}
              departments={invitations.departments.map((d) => ({ id: d.id, name: d.name, count: d._count.users }))}
              action={inviteToProgramAction}
            />
          ) : (
            <p className="text-sm text-slate-600">Invitations can be sent while enrolment is open.</p>
          )}
          {invitations.nominations.length > 0 && (
            <div className="mt-4 border-t border-slate-100 pt-3">
              <h3 className="text-sm font-semibold text-slate-900">Nominated by managers</h3>
              <ul className="mt-1 space-y-1 text-sm">
                {invitations.nominations.map((n) => (
                  <li key={n.id}>
                    {n.nominee.name}{" "}
                    <span className="text-slate-600">
                      as {n.role === "MENTOR" ? "mentor" : "mentee"}, by {n.nominatedBy.name}
                    </span>
                    {n.note && <span className="block text-xs text-slate-600">“{n.note}”</span>}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Card>
      </div>
      {(waitlist.MENTEE.length > 0 || waitlist.MENTOR.length > 0) && (
        <Card
          title="Waiting list"
          description="Free places are offered to the first person who fits, in this order. Drag people, or use the arrows, to change it; by default it follows the time of the decision."
          className="mb-6"
        >
          <div className="grid gap-6 lg:grid-cols-2">
            {(["MENTEE", "MENTOR"] as const)
              .filter((role) => waitlist[role].length > 0)
              .map((role) => (
                <section key={role} aria-label={`${roleLabel(program.type, role)} waiting list`}>
                  <h3 className="mb-2 text-sm font-semibold text-slate-900">{roleLabel(program.type, role)}s waiting</h3>
                  <WaitlistOrder
                    label={`${roleLabel(program.type, role)}s waiting, in order`}
                    canReorder={canWrite}
                    move={moveOnWaitlistAction}
                    rows={waitlist[role].map((r) => ({
                      participationId: r.participationId,
                      name: r.name,
                      detail: r.offer
                        ? `Offered a place until ${formatDate(r.offer.respondBy)}`
                        : r.placedByCoordinator
                          ? "Placed by the programme office"
                          : `Waitlisted ${formatDate(r.decidedAt)}`,
                    }))}
                  />
                </section>
              ))}
          </div>
        </Card>
      )}
      <h2 className="mb-3 text-lg font-semibold text-slate-900">Applications</h2>
      <dl className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4" aria-label="Balance">
        <Stat
          label="Approved mentors"
          value={String(balance.approvedMentors)}
          detail={balance.targetMentors !== null ? `target ${balance.targetMentors}` : undefined}
        />
        <Stat label="Mentor places" value={String(balance.mentorPlaces)} detail="total capacity of approved mentors" />
        <Stat
          label="Approved mentees"
          value={String(balance.approvedMentees)}
          detail={balance.targetMentees !== null ? `target ${balance.targetMentees}` : undefined}
        />
        <Stat
          label="Balance"
          value={spare >= 0 ? `+${spare}` : String(spare)}
          detail={spare >= 0 ? "mentor places to spare" : "mentees more than places"}
        />
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
            canDecide={canWrite}
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

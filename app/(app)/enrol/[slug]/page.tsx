import type { Metadata } from "next";
import { ApplyForm } from "@/components/programs/apply-form";
import { ApplicationStatusBadge } from "@/components/programs/application-status-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { Actor } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { getEnrolment } from "@/lib/programs/enrolment";
import { programTypeLabels } from "@/lib/programs/schemas";
import { programTypeTemplates, roleLabel, rolesFor } from "@/lib/programs/type-templates";
import Link from "next/link";
import { applyToProgramAction, changeMentorCapacityAction, nominateReportAction } from "../actions";
import { orNotFound } from "@/app/_server/or-not-found";
import { permissionPage } from "@/app/_server/page-shell";
import { InlineForm } from "@/components/ui/inline-form";
import { myDirectReports } from "@/lib/programs/invitations";
import { myWaitlist } from "@/lib/waitlist/my-waitlist";
import { WaitlistStanding } from "@/components/programs/waitlist-standing";

const nomineeRoles = [
  { value: "MENTEE", label: "Mentee" },
  { value: "MENTOR", label: "Mentor" },
];

export const metadata: Metadata = { title: "Apply" };

export default async function EnrolPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return permissionPage("own-mentoring:read", (actor) => <Enrol actor={actor} slug={slug} />);
}

async function Enrol({ actor, slug }: { actor: Actor; slug: string }) {
  const program = await orNotFound(getEnrolment(actor, slug));
  const [reports, waitlist] = await Promise.all([myDirectReports(actor), myWaitlist(actor)]);
  const open = program.status === "ENROLMENT";
  const appliedRoles = new Set(program.participants.filter((p) => p.status !== "WITHDRAWN").map((p) => p.role));
  const roles = rolesFor(program.type).filter((r) => !appliedRoles.has(r));
  return (
    <>
      <PageHeader
        title={program.name}
        description={`${programTypeLabels[program.type]} programme · ${formatDate(program.startDate)} – ${formatDate(program.endDate)}${program.meetingCadence ? ` · ${program.meetingCadence}` : ""}`}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {program.participants.length > 0 && (
            <Card title="Your applications">
              <ul className="space-y-2">
                {program.participants.map((p) => (
                  <li key={p.role} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                    <span>
                      As {roleLabel(program.type, p.role).toLowerCase()}, applied {formatDate(p.appliedAt)}
                      {p.decisionNote && <span className="text-slate-500"> · “{p.decisionNote}”</span>}
                    </span>
                    <ApplicationStatusBadge status={p.status} audience="applicant" />
                    <WaitlistStanding
                      entry={waitlist.find((w) => w.participationId === p.id)}
                      canWithdraw={["APPLIED", "APPROVED", "WAITLISTED"].includes(p.status)}
                      participationId={p.id}
                    />
                    {p.role === "MENTOR" && p.status === "APPROVED" && (
                      <InlineForm
                        fixed={{ participationId: p.id }}
                        initial={{ capacity: String(p.capacity) }}
                        submitLabel="Save"
                        resetOnSuccess={false}
                        action={changeMentorCapacityAction}
                        fields={[
                          {
                            name: "capacity",
                            label: "Mentees you can take on",
                            type: "select",
                            options: ["1", "2", "3", "4", "5"].map((n) => ({ value: n, label: n })),
                          },
                        ]}
                      />
                    )}
                  </li>
                ))}
              </ul>
            </Card>
          )}
          {!open ? (
            <EmptyState title="Enrolment is not open">
              Your coordinator will share this link again when applications open.
            </EmptyState>
          ) : !program.inScope ? (
            <EmptyState title="This programme is for other departments or locations">
              You cannot apply to this one. See the{" "}
              <Link href="/enrol" className="font-medium text-brand-700 underline">
                open programmes
              </Link>{" "}
              for one that includes you, or ask your coordinator.
            </EmptyState>
          ) : roles.length === 0 ? null : (
            <Card title="Apply">
              <ApplyForm
                slug={slug}
                roles={roles}
                roleLabels={programTypeTemplates[program.type].roleLabels}
                questions={program.questions}
                codeOfConduct={program.codeOfConduct}
                action={applyToProgramAction}
              />
            </Card>
          )}
        </div>
        <div className="space-y-6">
          {open && reports.length > 0 && (
            <Card
              title="Nominate someone from your team"
              description="Put one of your direct reports forward; they and the coordinator are told."
            >
              <InlineForm
                fixed={{ slug }}
                submitLabel="Send nomination"
                action={nominateReportAction}
                fields={[
                  {
                    name: "nomineeId",
                    label: "Team member",
                    type: "select",
                    options: reports.map((r) => ({ value: r.id, label: r.name })),
                    wide: true,
                  },
                  { name: "role", label: "As a", type: "select", options: nomineeRoles, wide: true },
                  { name: "note", label: "Why (optional)", type: "textarea" },
                ]}
              />
            </Card>
          )}
          <Card title="About this programme">
            <p className="text-sm whitespace-pre-line text-slate-700">{program.purpose}</p>
            <p className="mt-2 text-xs text-slate-500">{programTypeTemplates[program.type].summary}</p>
            {program.goals.length > 0 && (
              <>
                <h3 className="mt-4 text-sm font-semibold text-slate-900">Goals</h3>
                <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
                  {program.goals.map((g) => (
                    <li key={g.id}>{g.title}</li>
                  ))}
                </ul>
              </>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}

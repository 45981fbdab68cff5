import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ApplyForm } from "@/components/programs/apply-form";
import { Badge, type Tone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { getEnrolment } from "@/lib/programs/enrolment";
import { programTypeLabels } from "@/lib/programs/schemas";
import { requirePageAccess } from "@/app/_server/session";
import { applyToProgramAction, nominateReportAction } from "../actions";
import { InlineForm } from "@/components/ui/inline-form";
import { myDirectReports } from "@/lib/programs/invitations";

export const metadata: Metadata = { title: "Apply" };

const statusDisplay: Record<string, { label: string; tone: Tone }> = {
  APPLIED: { label: "Application under review", tone: "info" },
  APPROVED: { label: "Approved", tone: "success" },
  WAITLISTED: { label: "On the waiting list", tone: "warning" },
  DECLINED: { label: "Not selected this time", tone: "neutral" },
  WITHDRAWN: { label: "Withdrawn", tone: "neutral" },
};

export default async function EnrolPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requirePageAccess("own-mentoring:read");
  const { slug } = await params;
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Enrol actor={actor} slug={slug} />
    </Suspense>
  );
}

async function Enrol({ actor, slug }: { actor: Actor; slug: string }) {
  const program = await getEnrolment(actor, slug).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const reports = await myDirectReports(actor);
  const open = program.status === "ENROLMENT";
  const appliedRoles = new Set(program.participants.filter((p) => p.status !== "WITHDRAWN").map((p) => p.role));
  const roles = (["MENTEE", "MENTOR"] as const).filter((r) => !appliedRoles.has(r));
  return (
    <>
      <PageHeader title={program.name} description={`${programTypeLabels[program.type]} programme · ${formatDate(program.startDate)} – ${formatDate(program.endDate)}${program.meetingCadence ? ` · ${program.meetingCadence}` : ""}`} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {program.participants.length > 0 && (
            <Card title="Your applications">
              <ul className="space-y-2">
                {program.participants.map((p) => (
                  <li key={p.role} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                    <span>
                      As a {p.role.toLowerCase()}, applied {formatDate(p.appliedAt)}
                      {p.decisionNote && <span className="text-slate-500"> · “{p.decisionNote}”</span>}
                    </span>
                    <Badge tone={statusDisplay[p.status]!.tone}>{statusDisplay[p.status]!.label}</Badge>
                  </li>
                ))}
              </ul>
            </Card>
          )}
          {!open ? (
            <EmptyState title="Enrolment is not open">Your coordinator will share this link again when applications open.</EmptyState>
          ) : roles.length === 0 ? null : (
            <Card title="Apply">
              <ApplyForm slug={slug} roles={[...roles]} questions={program.questions} codeOfConduct={program.codeOfConduct} action={applyToProgramAction} />
            </Card>
          )}
        </div>
        <div className="space-y-6">
        {open && reports.length > 0 && (
          <Card title="Nominate someone from your team" description="Put one of your direct reports forward; they and the coordinator are told.">
            <InlineForm
              fixed={{ slug }}
              submitLabel="Send nomination"
              action={nominateReportAction}
              fields={[
                { name: "nomineeId", label: "Team member", type: "select", options: reports.map((r) => ({ value: r.id, label: r.name })), wide: true },
                { name: "role", label: "As a", type: "select", options: [{ value: "MENTEE", label: "Mentee" }, { value: "MENTOR", label: "Mentor" }], wide: true },
                { name: "note", label: "Why (optional)", type: "textarea" },
              ]}
            />
          </Card>
        )}
        <Card title="About this programme">
          <p className="whitespace-pre-line text-sm text-slate-700">{program.purpose}</p>
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

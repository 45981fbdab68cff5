import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ProgramDetailsForm } from "@/components/programs/details-form";
import { DuplicateProgramButton } from "@/components/programs/duplicate-button";
import { GoalForm } from "@/components/programs/goal-form";
import { QuestionForm } from "@/components/programs/question-form";
import { ProgramStatusBadge } from "@/components/programs/status-badge";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getProgramDesign } from "@/lib/programs/design";
import { getBlueprint } from "@/lib/programs/blueprint";
import { invitationContext } from "@/lib/programs/invitations";
import { InviteForm } from "@/components/programs/invite-form";
import { BlueprintSections } from "@/components/programs/blueprint-sections";
import { nextStages, stageActionLabels, transitionProblems } from "@/lib/programs/lifecycle";
import { questionAudienceLabels, questionKindLabels } from "@/lib/programs/schemas";
import { requirePageAccess } from "@/app/_server/session";
import {
  addBudgetLineAction,
  inviteToProgrammeAction,
  addCommunicationAction,
  addStageAction,
  removeBlueprintItemAction,
  setCommunicationSentAction,
  signOffAsSponsorAction,
  updateResponsibilitiesAction,
  addGoalAction,
  addQuestionAction,
  changeProgramStatusAction,
  duplicateProgramAction,
  moveQuestionAction,
  removeGoalAction,
  removeQuestionAction,
  updateProgramDetailsAction,
} from "../actions";

export const metadata: Metadata = { title: "Programme" };

export default async function ProgramPage({ params }: { params: Promise<{ programId: string }> }) {
  const actor = await requirePageAccess("programs:read");
  const { programId } = await params;
  return (
    <Suspense fallback={<PageSkeleton />}>
      <ProgramDesign actor={actor} programId={programId} />
    </Suspense>
  );
}

const dateInput = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "";

async function ProgramDesign({ actor, programId }: { actor: Actor; programId: string }) {
  const { program, snapshot } = await getProgramDesign(actor, programId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const canWrite = can(actor, "programs:write");
  const closed = program.status === "CLOSED";
  const [blueprint, invitations] = await Promise.all([getBlueprint(actor, program.id), invitationContext(actor, program.id)]);

  return (
    <>
      <PageHeader
        title={program.name}
        description={program.purpose || "A programme still being designed."}
        actions={
          <>
            <Link href={`/programs/${program.id}/applications`} className={buttonClass("secondary")}>
              Applications{snapshot.pendingApplications > 0 ? ` (${snapshot.pendingApplications} waiting)` : ""}
            </Link>
            <Link href={`/matching/${program.id}`} className={buttonClass("secondary")}>
              Matching
            </Link>
            {canWrite && <DuplicateProgramButton id={program.id} action={duplicateProgramAction} />}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="Programme details">
            <ProgramDetailsForm
              disabled={!canWrite || closed}
              action={updateProgramDetailsAction}
              initial={{
                programId: program.id,
                name: program.name,
                type: program.type,
                purpose: program.purpose,
                startDate: dateInput(program.startDate),
                endDate: dateInput(program.endDate),
                maxGroupSize: program.maxGroupSize,
                targetMentors: program.targetMentors,
                targetMentees: program.targetMentees,
                meetingCadence: program.meetingCadence,
                codeOfConduct: program.codeOfConduct,
                scopeDepartmentIds: program.scopeDepartmentIds,
                scopeLocations: program.scopeLocations.join(", "),
              }}
              departments={invitations.departments.map((d) => ({ id: d.id, name: d.name }))}
            />
          </Card>
          <Card title="Goals" description="Each goal with the measurable objective that will show it was met; they feed the KPI matrix.">
            {program.goals.length === 0 ? (
              <EmptyState title="No goals yet">Add at least one before opening enrolment.</EmptyState>
            ) : (
              <ol className="mb-4 space-y-3">
                {program.goals.map((goal, k) => (
                  <li key={goal.id} className="flex items-start justify-between gap-4">
                    <div className="text-sm">
                      <p className="font-semibold text-slate-900">
                        {k + 1}. {goal.title}
                      </p>
                      <p className="text-slate-600">Measured by: {goal.objective}</p>
                    </div>
                    {canWrite && !closed && <ActionButton action={removeGoalAction} input={{ id: goal.id }} label="Remove" variant="ghost" confirm={`Remove the goal "${goal.title}"?`} />}
                  </li>
                ))}
              </ol>
            )}
            {canWrite && !closed && <GoalForm programId={program.id} action={addGoalAction} />}
          </Card>
          <Card title="Application form" description="What mentors and mentees answer when they apply. Choice answers can count in matching.">
            {program.questions.length === 0 ? (
              <EmptyState title="No questions yet">Applicants will only choose a role and accept the code of conduct.</EmptyState>
            ) : (
              <ol className="mb-4 divide-y divide-slate-100">
                {program.questions.map((q, k) => (
                  <li key={q.id} className="flex flex-wrap items-start justify-between gap-3 py-3 first:pt-0">
                    <div className="text-sm">
                      <p className="font-semibold text-slate-900">
                        {k + 1}. {q.prompt} {q.required && <span className="text-red-700">*</span>}
                      </p>
                      <p className="mt-1 flex flex-wrap gap-1.5 text-xs text-slate-500">
                        <Badge>{questionKindLabels[q.kind]}</Badge>
                        <Badge>{questionAudienceLabels[q.audience]}</Badge>
                        {q.useForMatching && <Badge tone="brand">Used in matching</Badge>}
                        {q._count.answers > 0 && <Badge tone="info">{q._count.answers} answers</Badge>}
                      </p>
                      {q.options.length > 0 && <p className="mt-1 text-xs text-slate-600">Options: {q.options.join(" · ")}</p>}
                    </div>
                    {canWrite && !closed && (
                      <div className="flex gap-1">
                        {k > 0 && <ActionButton action={moveQuestionAction} input={{ id: q.id, direction: "up" as const }} label="Move up" variant="ghost" />}
                        {k < program.questions.length - 1 && <ActionButton action={moveQuestionAction} input={{ id: q.id, direction: "down" as const }} label="Move down" variant="ghost" />}
                        <ActionButton action={removeQuestionAction} input={{ id: q.id }} label="Remove" variant="ghost" />
                      </div>
                    )}
                  </li>
                ))}
              </ol>
            )}
            {canWrite && !closed && <QuestionForm programId={program.id} action={addQuestionAction} />}
          </Card>
          <BlueprintSections
            program={program}
            blueprint={blueprint}
            editable={canWrite && !closed}
            actions={{
              responsibilities: updateResponsibilitiesAction,
              addStage: addStageAction,
              addBudgetLine: addBudgetLineAction,
              addCommunication: addCommunicationAction,
              signOff: signOffAsSponsorAction,
              remove: removeBlueprintItemAction,
              setSent: setCommunicationSentAction,
            }}
          />
        </div>
        <div className="space-y-6">
          <Card title="Stage">
            <div className="mb-4">
              <ProgramStatusBadge status={program.status} />
            </div>
            <ul className="space-y-4">
              {nextStages[program.status].map((to) => {
                const problems = transitionProblems(snapshot, to);
                return (
                  <li key={to}>
                    {canWrite && (
                      <ActionButton
                        action={changeProgramStatusAction}
                        input={{ programId: program.id, to }}
                        label={stageActionLabels[to]}
                        variant={problems.length === 0 && to !== "CLOSED" && to !== "DRAFT" ? "primary" : "secondary"}
                        confirm={to === "CLOSED" ? "Close this programme? It cannot be reopened." : undefined}
                      />
                    )}
                    {problems.length > 0 && (
                      <ul className="mt-2 list-disc space-y-0.5 pl-5 text-xs text-slate-600">
                        {problems.map((p) => (
                          <li key={p}>{p}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          </Card>
          <Card title="Enrolment link" description="Share it with the people you invite; they apply there once enrolment is open.">
            <p className="break-all rounded-md bg-slate-50 px-3 py-2 font-mono text-sm text-slate-800 ring-1 ring-slate-200">/enrol/{program.slug}</p>
            <Link href={`/enrol/${program.slug}`} className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline">
              Open the enrolment page
            </Link>
          </Card>
          <Card title="Call for participants" description={`${invitations.invited} invited so far.`}>
            {program.status === "ENROLMENT" && canWrite ? (
              <InviteForm
                programId={program.id}
                people={invitations.people}
                departments={invitations.departments.map((d) => ({ id: d.id, name: d.name, count: d._count.users }))}
                action={inviteToProgrammeAction}
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
                      {n.nominee.name} <span className="text-slate-500">as {n.role.toLowerCase()}, by {n.nominatedBy.name}</span>
                      {n.note && <span className="block text-xs text-slate-500">“{n.note}”</span>}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </Card>
          <Card title="Participants">
            <dl className="grid grid-cols-2 gap-3 text-sm">
              <div>
                <dt className="text-xs text-slate-500">Approved mentors</dt>
                <dd className="text-lg font-semibold">
                  {snapshot.approvedMentors}
                  {program.targetMentors !== null && <span className="text-sm font-normal text-slate-500"> / {program.targetMentors}</span>}
                </dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">Approved mentees</dt>
                <dd className="text-lg font-semibold">
                  {snapshot.approvedMentees}
                  {program.targetMentees !== null && <span className="text-sm font-normal text-slate-500"> / {program.targetMentees}</span>}
                </dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">Waiting for a decision</dt>
                <dd className="text-lg font-semibold">{snapshot.pendingApplications}</dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">Live pairs</dt>
                <dd className="text-lg font-semibold">{snapshot.livePairs}</dd>
              </div>
            </dl>
          </Card>
        </div>
      </div>
    </>
  );
}

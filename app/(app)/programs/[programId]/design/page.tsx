import type { Metadata } from "next";
import Link from "next/link";
import { ProgramDetailsForm } from "@/components/programs/details-form";
import { GoalForm } from "@/components/programs/goal-form";
import { QuestionForm } from "@/components/programs/question-form";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can, type Actor } from "@/lib/auth/permissions";
import { getProgramDesign } from "@/lib/programs/design";
import { getBlueprint } from "@/lib/programs/blueprint";
import { agreementTermKeys, agreementTermLabels } from "@/lib/pairs/agreement-terms";
import { agreementTemplate } from "@/lib/pairs/update-agreement-template";
import { invitationContext } from "@/lib/programs/invitations";
import { BlueprintSections } from "@/components/programs/blueprint-sections";
import { SponsorCard } from "@/components/programs/sponsor-card";
import { getSponsorSignOff } from "@/lib/programs/sponsor/get-sponsor-sign-off";
import { questionAudienceLabels, questionKindLabels } from "@/lib/programs/schemas";
import { permissionPage } from "@/app/_server/page-shell";
import {
  addBudgetLineAction,
  addCommunicationAction,
  addStageAction,
  removeBlueprintItemAction,
  setCommunicationSentAction,
  askSponsorAction,
  updateResponsibilitiesAction,
  addGoalAction,
  addQuestionAction,
  moveQuestionAction,
  removeGoalAction,
  removeQuestionAction,
  updateProgramDetailsAction,
} from "../../actions";
import { orNotFound } from "@/app/_server/or-not-found";

export const metadata: Metadata = { title: "Programme design" };

export default async function ProgramDesignPage({ params }: { params: Promise<{ programId: string }> }) {
  const { programId } = await params;
  return permissionPage("programs:read", (actor) => <ProgramDesign actor={actor} programId={programId} />);
}

const sections = [
  ["details", "Details"],
  ["goals", "Goals"],
  ["form", "Application form"],
  ["timeline", "Timeline"],
  ["roles", "Roles"],
  ["budget", "Budget"],
  ["communication", "Communication plan"],
  ["agreement", "Agreement"],
  ["sponsor", "Sponsor"],
] as const;

const dateInput = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "";

async function ProgramDesign({ actor, programId }: { actor: Actor; programId: string }) {
  const { program } = await orNotFound(getProgramDesign(actor, programId));
  const canWrite = can(actor, "programs:write");
  const closed = program.status === "CLOSED";
  const [blueprint, invitations, sponsorSignOff, agreement] = await Promise.all([
    getBlueprint(actor, program.id),
    invitationContext(actor, program.id),
    getSponsorSignOff(actor, program.id),
    agreementTemplate(actor, program.id),
  ]);

  return (
    <div className="space-y-6">
      <nav aria-label="On this page" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span className="font-medium text-slate-600">On this page:</span>
        {sections.map(([id, label]) => (
          <a key={id} href={`#${id}`} className="text-brand-700 hover:underline">
            {label}
          </a>
        ))}
      </nav>
      <Card id="details" title="Programme details">
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
            flashCompleteAfterDays: program.flashCompleteAfterDays,
            flashRoundsPerQuarter: program.flashRoundsPerQuarter,
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
      <Card
        id="goals"
        title="Goals"
        description="Each goal with the measurable objective that will show it was met; they feed the KPI matrix."
      >
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
                {canWrite && !closed && (
                  <ActionButton
                    action={removeGoalAction}
                    input={{ id: goal.id }}
                    label="Remove"
                    variant="ghost"
                    confirm={`Remove the goal "${goal.title}"?`}
                  />
                )}
              </li>
            ))}
          </ol>
        )}
        {canWrite && !closed && <GoalForm programId={program.id} action={addGoalAction} />}
      </Card>
      <Card
        id="form"
        title="Application form"
        description="What mentors and mentees answer when they apply. Choice answers can count in matching."
      >
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
                    {k > 0 && (
                      <ActionButton
                        action={moveQuestionAction}
                        input={{ id: q.id, direction: "up" as const }}
                        label="Move up"
                        variant="ghost"
                      />
                    )}
                    {k < program.questions.length - 1 && (
                      <ActionButton
                        action={moveQuestionAction}
                        input={{ id: q.id, direction: "down" as const }}
                        label="Move down"
                        variant="ghost"
                      />
                    )}
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
          remove: removeBlueprintItemAction,
          setSent: setCommunicationSentAction,
        }}
      />
      <Card
        id="agreement"
        title="Mentoring agreement"
        description="Every pair's agreement starts from this template; the two of them add their own expectations and sign it together."
      >
        <dl className="space-y-3 text-sm">
          {agreementTermKeys.map((key) => (
            <div key={key}>
              <dt className="font-medium text-slate-900">{agreementTermLabels[key]}</dt>
              <dd className="mt-0.5 whitespace-pre-line text-slate-700">
                {agreement.terms[key] || "Left for each pair to write."}
              </dd>
            </div>
          ))}
        </dl>
        {canWrite && !closed && (
          <Link href={`/programs/${program.id}/agreement`} className={buttonClass("secondary", "mt-4")}>
            Edit the agreement template
          </Link>
        )}
      </Card>
      <SponsorCard programId={program.id} signOff={sponsorSignOff} editable={canWrite && !closed} action={askSponsorAction} />
    </div>
  );
}

import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { InlineForm } from "@/components/ui/inline-form";
import type { ActionResult } from "@/lib/action-result";
import { formatCents, formatDate } from "@/lib/format";
import {
  budgetCategories,
  budgetCategoryLabels,
  communicationChannelLabels,
  communicationChannels,
} from "@/lib/programs/blueprint-schemas";
import type { getBlueprint } from "@/lib/programs/blueprint";

type Action = (input: Record<string, string>) => Promise<ActionResult>;

interface Props {
  program: {
    id: string;
    mentorResponsibilities: string;
    menteeResponsibilities: string;
    coordinatorResponsibilities: string;
    resourcesNeeded: string;
  };
  blueprint: Awaited<ReturnType<typeof getBlueprint>>;
  editable: boolean;
  actions: {
    responsibilities: Action;
    addStage: Action;
    addBudgetLine: Action;
    addCommunication: Action;
    remove: (input: { kind: "stage" | "budget" | "communication"; id: string }) => Promise<ActionResult>;
    setSent: (input: { id: string; sent: boolean }) => Promise<ActionResult>;
  };
}

/** The programme's blueprint: timeline, roles, budget and communication plan. */
export function BlueprintSections({ program, blueprint, editable, actions }: Props) {
  const fixed = { programId: program.id };
  return (
    <>
      <Card id="timeline" title="Timeline" description="The engagement blueprint: each stage, when it runs and who owns it.">
        {blueprint.stages.length > 0 && (
          <ol className="mb-4 space-y-2">
            {blueprint.stages.map((stage) => (
              <li key={stage.id} className="flex flex-wrap items-start justify-between gap-3 text-sm">
                <span>
                  <span className="font-semibold text-slate-900">{stage.activity}</span>
                  <span className="text-slate-500">
                    {" "}
                    · {formatDate(stage.startsOn)} – {formatDate(stage.endsOn)} · {stage.owner}
                  </span>
                </span>
                {editable && (
                  <ActionButton
                    action={actions.remove}
                    input={{ kind: "stage" as const, id: stage.id }}
                    label="Remove"
                    variant="ghost"
                  />
                )}
              </li>
            ))}
          </ol>
        )}
        {editable && (
          <InlineForm
            fixed={fixed}
            submitLabel="Add stage"
            action={actions.addStage}
            fields={[
              { name: "activity", label: "Activity", placeholder: "e.g. Mentor training workshop", wide: true },
              { name: "startsOn", label: "Starts", type: "date" },
              { name: "endsOn", label: "Ends", type: "date" },
              { name: "owner", label: "Owner", placeholder: "e.g. L&D team" },
            ]}
          />
        )}
      </Card>

      <Card id="roles" title="Roles, responsibilities and resources">
        {editable ? (
          <InlineForm
            fixed={fixed}
            submitLabel="Save roles and resources"
            resetOnSuccess={false}
            action={actions.responsibilities}
            initial={{
              mentorResponsibilities: program.mentorResponsibilities,
              menteeResponsibilities: program.menteeResponsibilities,
              coordinatorResponsibilities: program.coordinatorResponsibilities,
              resourcesNeeded: program.resourcesNeeded,
            }}
            fields={[
              { name: "mentorResponsibilities", label: "Mentors are responsible for", type: "textarea" },
              { name: "menteeResponsibilities", label: "Mentees are responsible for", type: "textarea" },
              { name: "coordinatorResponsibilities", label: "The coordinator is responsible for", type: "textarea" },
              {
                name: "resourcesNeeded",
                label: "Resources needed",
                type: "textarea",
                hint: "People, time, rooms, tools: what the programme needs to run.",
              },
            ]}
          />
        ) : (
          <dl className="space-y-3 text-sm">
            {(
              [
                ["Mentors", program.mentorResponsibilities],
                ["Mentees", program.menteeResponsibilities],
                ["Coordinator", program.coordinatorResponsibilities],
                ["Resources needed", program.resourcesNeeded],
              ] as const
            ).map(([label, text]) => (
              <div key={label}>
                <dt className="font-semibold text-slate-900">{label}</dt>
                <dd className="whitespace-pre-line text-slate-700">{text || "—"}</dd>
              </div>
            ))}
          </dl>
        )}
      </Card>

      <Card
        id="budget"
        title="Budget"
        description={`Total ${formatCents(blueprint.budgetTotalCents, blueprint.currency)}. These lines feed the programme's fully loaded costs in the ROI model.`}
      >
        {blueprint.budgetLines.length > 0 && (
          <ul className="mb-4 divide-y divide-slate-100 text-sm">
            {blueprint.budgetLines.map((line) => (
              <li key={line.id} className="flex items-center justify-between gap-3 py-2">
                <span>
                  {line.description}{" "}
                  <Badge>{budgetCategoryLabels[line.category as keyof typeof budgetCategoryLabels] ?? line.category}</Badge>
                </span>
                <span className="flex items-center gap-2">
                  <span className="tabular-nums">{formatCents(line.amountCents, blueprint.currency)}</span>
                  {editable && (
                    <ActionButton
                      action={actions.remove}
                      input={{ kind: "budget" as const, id: line.id }}
                      label="Remove"
                      variant="ghost"
                    />
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
        {editable && (
          <InlineForm
            fixed={fixed}
            submitLabel="Add budget line"
            action={actions.addBudgetLine}
            fields={[
              {
                name: "description",
                label: "Description",
                placeholder: "e.g. External facilitator for mentor training",
                wide: true,
              },
              {
                name: "category",
                label: "Category",
                type: "select",
                options: budgetCategories.map((c) => ({ value: c, label: budgetCategoryLabels[c] })),
              },
              { name: "amount", label: `Amount (${blueprint.currency})`, placeholder: "1250.00" },
            ]}
          />
        )}
      </Card>

      <Card
        id="communication"
        title="Communication plan"
        description="What message goes to whom, how and when; tick each off once sent."
      >
        {blueprint.communications.length > 0 && (
          <ul className="mb-4 divide-y divide-slate-100 text-sm">
            {blueprint.communications.map((item) => (
              <li key={item.id} className="flex flex-wrap items-start justify-between gap-3 py-2">
                <span>
                  <span className="font-medium text-slate-900">{item.message}</span>
                  <span className="block text-xs text-slate-500">
                    To {item.audience} ·{" "}
                    {communicationChannelLabels[item.channel as keyof typeof communicationChannelLabels] ?? item.channel} ·
                    planned {formatDate(item.plannedOn)}
                  </span>
                </span>
                <span className="flex items-center gap-2">
                  {item.sentAt ? (
                    <Badge tone="success">Sent {formatDate(item.sentAt)}</Badge>
                  ) : (
                    <Badge tone="warning">Not sent</Badge>
                  )}
                  {editable && (
                    <ActionButton
                      action={actions.setSent}
                      input={{ id: item.id, sent: !item.sentAt }}
                      label={item.sentAt ? "Mark not sent" : "Mark sent"}
                      variant="ghost"
                    />
                  )}
                  {editable && (
                    <ActionButton
                      action={actions.remove}
                      input={{ kind: "communication" as const, id: item.id }}
                      label="Remove"
                      variant="ghost"
                    />
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
        {editable && (
          <InlineForm
            fixed={fixed}
            submitLabel="Add to the plan"
            action={actions.addCommunication}
            fields={[
              {
                name: "message",
                label: "Message",
                placeholder: "e.g. Call for mentors: why it matters and how to apply",
                wide: true,
              },
              { name: "audience", label: "Audience", placeholder: "e.g. All people managers" },
              {
                name: "channel",
                label: "Channel",
                type: "select",
                options: communicationChannels.map((c) => ({ value: c, label: communicationChannelLabels[c] })),
              },
              { name: "plannedOn", label: "Planned date", type: "date" },
            ]}
          />
        )}
      </Card>
    </>
  );
}

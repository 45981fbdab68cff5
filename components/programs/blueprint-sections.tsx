import type { ReactNode } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { BudgetLineItem } from "@/components/programs/budget-line-item";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { InlineForm, type InlineField } from "@/components/ui/inline-form";
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

const stageFields: InlineField[] = [
  { name: "activity", label: "Activity", placeholder: "e.g. Mentor training workshop", wide: true },
  { name: "startsOn", label: "Starts", type: "date" },
  { name: "endsOn", label: "Ends", type: "date" },
  { name: "owner", label: "Owner", placeholder: "e.g. L&D team" },
];
const responsibilities = [
  ["mentorResponsibilities", "Mentors", "Mentors are responsible for"],
  ["menteeResponsibilities", "Mentees", "Mentees are responsible for"],
  ["coordinatorResponsibilities", "Coordinator", "The coordinator is responsible for"],
  ["resourcesNeeded", "Resources needed", "Resources needed"],
] as const;
const responsibilityFields: InlineField[] = responsibilities.map(([name, , label]) => ({
  name,
  label,
  type: "textarea",
  hint: name === "resourcesNeeded" ? "People, time, rooms, tools: what the programme needs to run." : undefined,
}));
const budgetFields = (currency: string): InlineField[] => [
  { name: "description", label: "Description", placeholder: "e.g. External facilitator for mentor training", wide: true },
  {
    name: "category",
    label: "Category",
    type: "select",
    options: budgetCategories.map((c) => ({ value: c, label: budgetCategoryLabels[c] })),
  },
  { name: "amount", label: `Amount (${currency})`, placeholder: "1250.00" },
];
const channelChoices = communicationChannels.map((c) => ({ value: c, label: communicationChannelLabels[c] }));
const communicationFields: InlineField[] = [
  { name: "message", label: "Message", placeholder: "e.g. Call for mentors: why it matters and how to apply", wide: true },
  { name: "audience", label: "Audience", placeholder: "e.g. All people managers" },
  { name: "channel", label: "Channel", type: "select", options: channelChoices },
  { name: "plannedOn", label: "Planned date", type: "date" },
];

/** One of the blueprint's lists: its card, its items when there are any, and the form that adds one. */
function ListCard<Item>({
  items,
  item,
  list = (children) => <ul className="mb-4 divide-y divide-slate-100 text-sm">{children}</ul>,
  add,
  ...card
}: {
  id: string;
  title: string;
  description: string;
  items: Item[];
  item: (item: Item) => ReactNode;
  list?: (children: ReactNode) => ReactNode;
  add: ReactNode;
}) {
  return (
    <Card {...card}>
      {items.length > 0 && list(items.map(item))}
      {add}
    </Card>
  );
}

/** The programme's blueprint: timeline, roles, budget and communication plan. */
export function BlueprintSections({ program, blueprint, editable, actions }: Props) {
  const fixed = { programId: program.id };
  const remove = (kind: "stage" | "budget" | "communication", id: string) =>
    editable && <ActionButton action={actions.remove} input={{ kind, id }} label="Remove" variant="ghost" />;
  // Each list's "add" form, shown to those who may edit the blueprint.
  const addForm = (submitLabel: string, action: Action, fields: InlineField[]) =>
    editable && <InlineForm fixed={fixed} submitLabel={submitLabel} action={action} fields={fields} />;
  return (
    <>
      <ListCard
        id="timeline"
        title="Timeline"
        description="The engagement blueprint: each stage, when it runs and who owns it."
        items={blueprint.stages}
        list={(items) => <ol className="mb-4 space-y-2">{items}</ol>}
        item={(stage) => (
          <li key={stage.id} className="flex flex-wrap items-start justify-between gap-3 text-sm">
            <span>
              <span className="font-semibold text-slate-900">{stage.activity}</span>
              <span className="text-slate-500">
                {" "}
                · {formatDate(stage.startsOn)} – {formatDate(stage.endsOn)} · {stage.owner}
              </span>
            </span>
            {remove("stage", stage.id)}
          </li>
        )}
        add={addForm("Add stage", actions.addStage, stageFields)}
      />

      <Card id="roles" title="Roles, responsibilities and resources">
        {editable ? (
          <InlineForm
            fixed={fixed}
            submitLabel="Save roles and resources"
            resetOnSuccess={false}
            action={actions.responsibilities}
            initial={Object.fromEntries(responsibilities.map(([name]) => [name, program[name]]))}
            fields={responsibilityFields}
          />
        ) : (
          <dl className="space-y-3 text-sm">
            {responsibilities.map(([name, label]) => (
              <div key={name}>
                <dt className="font-semibold text-slate-900">{label}</dt>
                <dd className="whitespace-pre-line text-slate-700">{program[name] || "—"}</dd>
              </div>
            ))}
          </dl>
        )}
      </Card>

      <ListCard
        id="budget"
        title="Budget"
        description={`Total ${formatCents(blueprint.budgetTotalCents, blueprint.currency)}. These lines feed the programme's fully loaded costs in the ROI model.`}
        items={blueprint.budgetLines}
        item={(line) => (
          <BudgetLineItem key={line.id} line={line} currency={blueprint.currency}>
            {remove("budget", line.id)}
          </BudgetLineItem>
        )}
        add={addForm("Add budget line", actions.addBudgetLine, budgetFields(blueprint.currency))}
      />

      <ListCard
        id="communication"
        title="Communication plan"
        description="What message goes to whom, how and when; tick each off once sent."
        items={blueprint.communications}
        item={(item) => (
          <li key={item.id} className="flex flex-wrap items-start justify-between gap-3 py-2">
            <span>
              <span className="font-medium text-slate-900">{item.message}</span>
              <span className="block text-xs text-slate-500">
                To {item.audience} ·{" "}
                {communicationChannelLabels[item.channel as keyof typeof communicationChannelLabels] ?? item.channel} · planned{" "}
                {formatDate(item.plannedOn)}
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
              {remove("communication", item.id)}
            </span>
          </li>
        )}
        add={addForm("Add to the plan", actions.addCommunication, communicationFields)}
      />
    </>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";
import { logGroupSessionSchema } from "@/lib/groups/schemas";
import { SessionTimeFields } from "@/components/pairs/session-time-fields";
import { logSessionSchema, placeLabels } from "@/lib/sessions/schemas";

/** A pair's log (goals, a private reflection) or a group's (who came); the fields they share are the same. */
type Values = Partial<z.input<typeof logSessionSchema>> & Partial<z.input<typeof logGroupSessionSchema>>;

const usefulness = [
  { value: "5", label: "5 – Very useful" },
  { value: "4", label: "4 – Useful" },
  { value: "3", label: "3 – Somewhat useful" },
  { value: "2", label: "2 – Not very useful" },
  { value: "1", label: "1 – Not useful" },
];

function Level({ title, who, tone, children }: { title: string; who: string; tone: string; children: React.ReactNode }) {
  return (
    <fieldset className={`space-y-4 rounded-lg p-4 ring-1 ${tone}`}>
      <legend className="sr-only">{title}</legend>
      <div aria-hidden="true">
        <p className="text-sm font-semibold text-slate-900">{title}</p>
        <p className="text-xs text-slate-600">{who}</p>
      </div>
      {children}
    </fieldset>
  );
}

/**
 * Log a session that happened, with each box in the privacy level it is kept at: a pair's session
 * (`target` has matchId), or a group's, logged once with who came (`target` has groupId).
 */
export function LogSessionForm({
  target,
  defaults,
  goals = [],
  attendees = [],
  partnerName,
  timeZone,
  action,
}: {
  target: { matchId: string; sessionId?: string } | { groupId: string; groupSessionId?: string };
  defaults: Pick<Values, "day" | "startTime" | "endTime" | "format" | "place">;
  goals?: { id: string; title: string }[];
  /** Group sessions: the mentees in the group, by their pair; all start ticked. */
  attendees?: { pairId: string; name: string }[];
  /** Who shares the notes: the partner's first name, or "the group". */
  partnerName: string;
  timeZone: string;
  action: (input: Values) => Promise<ActionResult>;
}) {
  const group = "groupId" in target;
  const empty: Values = {
    ...target,
    ...defaults,
    ...(group ? { attendeePairIds: attendees.map((a) => a.pairId) } : { goalIds: [], reflection: "" }),
    usefulness: "" as unknown as number,
    topic: "",
    progress: "",
    difficulties: "",
    nextSteps: "",
  };
  const form = useForm<Values>({
    // The two schemas share every field but goals/reflection and attendance.
    resolver: (group ? zodResolver(logGroupSessionSchema) : zodResolver(logSessionSchema)) as Resolver<Values>,
    defaultValues: empty,
  });
  const planned = "sessionId" in target ? target.sessionId : "groupSessionId" in target ? target.groupSessionId : undefined;
  const prefix = planned ? `log-${planned}` : "log";
  const { register, field, errors, isSubmitting, result, onSubmit } = useFormAction(form, action, {
    reset: { to: "none" },
    idPrefix: prefix,
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
        <Level
          title="Shared with the programme office"
          who={
            group
              ? "The group and your programme coordinators see these."
              : `${partnerName}, you and your programme coordinators see these.`
          }
          tone="bg-slate-50 ring-slate-200"
        >
          <SessionTimeFields
            prefix={prefix}
            tense="past"
            timeZone={timeZone}
            place={{ label: `${placeLabels.IN_PERSON}, link or number` }}
          />
          {group && (
            <CheckboxGroup
              id={`${prefix}-attendees`}
              legend="Who came"
              layout="pills"
              choices={attendees.map((mentee) => ({ value: mentee.pairId, label: mentee.name }))}
              error={errors.attendeePairIds?.message}
              inputProps={register("attendeePairIds")}
            />
          )}
          {goals.length > 0 && (
            <CheckboxGroup
              legend="Goals you worked on"
              layout="pills"
              choices={goals.map((goal) => ({ value: goal.id, label: goal.title }))}
              inputProps={register("goalIds")}
            />
          )}
          <SelectField label="How useful was it?" blank="Choose…" options={usefulness} {...field("usefulness")} />
        </Level>
        <Level
          title={`Shared with ${partnerName}`}
          who={
            group
              ? "Only the people in the group read these. The programme office never sees them."
              : "Only the two of you read these. The programme office never sees them."
          }
          tone="bg-brand-50/50 ring-brand-100"
        >
          <TextField label="What you talked about" {...field("topic")} />
          <TextAreaField label="Progress" {...field("progress")} />
          <TextAreaField label="What was difficult" {...field("difficulties")} />
          <TextAreaField label="Next steps" {...field("nextSteps")} id={`${prefix}-next`} />
        </Level>
        {!group && (
          <Level
            title="Private to you"
            who={`Only you ever read this: not ${partnerName}, not coordinators, administrators or executives, and it is never exported.`}
            tone="bg-amber-50/60 ring-amber-200"
          >
            <TextAreaField label="Your reflection" {...field("reflection")} />
          </Level>
        )}
        <SubmitButton pending={isSubmitting} pendingLabel="Logging…">
          Log this session
        </SubmitButton>
      </form>
    </FormProvider>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";
import { SessionTimeFields } from "@/components/pairs/session-time-fields";
import { placeLabels, proposeSessionSchema, type sessionFormats } from "@/lib/sessions/schemas";

type Values = z.input<typeof proposeSessionSchema> & { sessionId?: string; groupId?: string };

export interface SuggestedSlot {
  day: string;
  startTime: string;
  endTime: string;
  mine: string;
  partners: string;
}

const placeHints = {
  VIDEO: "https://teams.microsoft.com/… or any meeting link",
  IN_PERSON: "e.g. 3rd floor café, London office",
  PHONE: "e.g. +44 20 7946 0000",
} as const;

/**
 * Propose a session, or a new time for one, or book a group's session: a day and times on the
 * writer's own clock, the format and where. Suggested slots fill the fields in one click.
 */
export function SessionTimeForm({
  target,
  defaults,
  slots = [],
  partnerName,
  timeZone,
  submitLabel,
  action,
}: {
  target: { matchId: string } | { sessionId: string } | { groupId: string };
  defaults: Omit<Values, "matchId" | "sessionId">;
  slots?: SuggestedSlot[];
  partnerName: string;
  timeZone: string;
  submitLabel: string;
  action: (input: Values) => Promise<ActionResult>;
}) {
  // The schemas share the time fields; the matchId, sessionId or groupId travels alongside.
  const values = { matchId: "matchId" in target ? target.matchId : "-", ...target, ...defaults };
  const form = useForm<Values, unknown, z.output<typeof proposeSessionSchema>>({
    resolver: zodResolver(proposeSessionSchema),
    defaultValues: values,
  });
  const { setValue, control } = form;
  const { isSubmitting, result, onSubmit } = useFormAction(form, action, { reset: { to: "values" } });
  const format = useWatch({ control, name: "format" }) as (typeof sessionFormats)[number];
  const prefix = "sessionId" in target ? `reschedule-${target.sessionId}` : "groupId" in target ? "schedule" : "propose";

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
        {slots.length > 0 && (
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">Times that suit you both</legend>
            <p className="text-xs text-slate-500">From both your weekly availability. Pick one to fill the form.</p>
            <div className="mt-2 grid gap-2 sm:grid-cols-3">
              {slots.map((slot) => (
                <button
                  key={`${slot.day}-${slot.startTime}`}
                  type="button"
                  onClick={() => {
                    setValue("day", slot.day);
                    setValue("startTime", slot.startTime);
                    setValue("endTime", slot.endTime);
                  }}
                  className="hover:ring-brand-300 rounded-lg bg-white px-3 py-2 text-left text-sm ring-1 ring-slate-200 transition hover:bg-brand-50 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-none"
                >
                  <span className="block font-medium text-slate-900">{slot.mine}</span>
                  <span className="block text-xs text-slate-500">
                    {slot.partners} for {partnerName}
                  </span>
                </button>
              ))}
            </div>
          </fieldset>
        )}
        <SessionTimeFields
          prefix={prefix}
          tense="future"
          timeZone={timeZone}
          place={{ label: placeLabels[format] ?? "Where", placeholder: placeHints[format] }}
        />
        <SubmitButton pending={isSubmitting} pendingLabel="Sending…">
          {submitLabel}
        </SubmitButton>
      </form>
    </FormProvider>
  );
}

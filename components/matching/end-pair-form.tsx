"use client";

import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { useActionCall } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";

/**
 * A short reason and a button: used to end a pair for re-matching, to flag a poor fit, to leave
 * a group or to end one. `target` names what it acts on ({ matchId } or { groupId }).
 */
export function ReasonForm<Target extends { matchId: string } | { groupId: string }>({
  target,
  label,
  placeholder,
  action,
}: {
  target: Target;
  label: string;
  placeholder: string;
  action: (input: Target & { reason: string }) => Promise<ActionResult>;
}) {
  const [reason, setReason] = useState("");
  const { result, pending, submitWith } = useActionCall();
  const id = `reason-${label.replace(/\W+/g, "-").toLowerCase()}-${Object.values(target)[0]}`;
  const error = result && !result.ok ? (result.fieldErrors?.reason?.[0] ?? result.message) : null;
  return (
    <form
      className="flex flex-wrap items-start gap-2"
      onSubmit={submitWith(
        () => action({ ...target, reason }),
        () => setReason(""),
      )}
    >
      <div className="min-w-56 flex-1">
        <label htmlFor={id} className="sr-only">
          {label}: reason
        </label>
        <input
          id={id}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="block w-full rounded-md border-0 px-3 py-1.5 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600"
        />
        {error && (
          <p id={`${id}-error`} role="alert" className="mt-1 text-xs text-red-700">
            {error}
          </p>
        )}
        {result?.ok && (
          <p role="status" className="mt-1 text-xs text-emerald-700">
            {result.message}
          </p>
        )}
      </div>
      <SubmitButton pending={pending} variant="secondary" pendingLabel={`${label}…`}>
        {label}
      </SubmitButton>
    </form>
  );
}

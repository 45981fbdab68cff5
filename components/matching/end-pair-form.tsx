"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { callAction } from "@/components/ui/call-action";

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
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const id = `reason-${label.replace(/\W+/g, "-").toLowerCase()}-${Object.values(target)[0]}`;
  const error = result && !result.ok ? (result.fieldErrors?.reason?.[0] ?? result.message) : null;
  return (
    <form
      className="flex flex-wrap items-start gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const outcome = await callAction(action, { ...target, reason });
          setResult(outcome);
          if (outcome.ok) {
            setReason("");
            router.refresh();
          }
        });
      }}
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
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? `${label}…` : label}
      </Button>
    </form>
  );
}

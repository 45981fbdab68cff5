"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { callAction } from "@/components/ui/call-action";

/** A button that calls one server action with fixed input and says what happened. */
export function ActionButton<Input>({
  action,
  input,
  label,
  pendingLabel,
  confirm,
  variant = "secondary",
  className,
  afterSuccessHref,
}: {
  action: (input: Input) => Promise<ActionResult>;
  input: Input;
  label: string;
  pendingLabel?: string;
  confirm?: string;
  variant?: "primary" | "secondary" | "ghost";
  className?: string;
  /** Where to go once it worked, when the page itself is gone (a deleted draft). */
  afterSuccessHref?: string;
}) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        variant={variant}
        className={className}
        disabled={pending}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          startTransition(async () => {
            const outcome = await callAction(action, input);
            setResult(outcome);
            if (outcome.ok && afterSuccessHref) router.push(afterSuccessHref);
            else if (outcome.ok) router.refresh();
          });
        }}
      >
        {pending ? (pendingLabel ?? `${label}…`) : label}
      </Button>
      {result && (
        <span
          role={result.ok ? "status" : "alert"}
          className={`max-w-md text-xs ${result.ok ? "text-emerald-700" : "text-red-700"}`}
        >
          {result.message}
        </span>
      )}
    </span>
  );
}

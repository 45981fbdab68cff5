"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";
import { callAction } from "@/components/ui/call-action";

/** Runs the matcher, showing what it is working on and for how long. */
export function RunMatchingButton({
  programId,
  mentees,
  mentors,
  rerun,
  action,
}: {
  programId: string;
  mentees: number;
  mentors: number;
  rerun: boolean;
  action: (input: { programId: string }) => Promise<ActionResult>;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);
  const [elapsed, setElapsed] = useState(0);

  useEffect(() => {
    if (!pending) return;
    const started = Date.now();
    const timer = setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 250);
    return () => clearInterval(timer);
  }, [pending]);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <Button
          disabled={pending}
          onClick={() => {
            setElapsed(0);
            startTransition(async () => {
              const outcome = await callAction(action, { programId });
              setResult(outcome);
              if (outcome.ok) router.refresh();
            });
          }}
        >
          {pending ? "Matching…" : rerun ? "Re-run matching (keeps locks)" : "Run matching"}
        </Button>
        {pending && (
          <p role="status" aria-live="polite" className="text-sm text-slate-600">
            Scoring {mentees * mentors} possible pairs ({mentees} mentees × {mentors} mentors) and finding the best cohort-wide
            assignment… {elapsed}s
          </p>
        )}
      </div>
      {result && !pending && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
    </div>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { callAction } from "@/components/ui/call-action";

export function DuplicateProgramButton({
  id,
  action,
}: {
  id: string;
  action: (input: { id: string }) => Promise<ActionResult<{ id: string; slug: string }>>;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const outcome = await callAction(action, { id });
            if (outcome.ok && outcome.data) router.push(`/programs/${outcome.data.id}`);
            else if (!outcome.ok) setError(outcome.message);
          })
        }
      >
        {pending ? "Duplicating…" : "Duplicate as template"}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}

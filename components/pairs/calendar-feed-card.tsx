"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";

/** A personal, secret subscription address for Outlook, Google or Apple Calendar; shown once, revocable. */
export function CalendarFeedControls({
  active,
  origin,
  create,
  revoke,
}: {
  active: boolean;
  origin: string;
  create: (input: object) => Promise<ActionResult<{ secret: string }>>;
  revoke: (input: object) => Promise<ActionResult>;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [address, setAddress] = useState<string | null>(null);
  const [message, setMessage] = useState<ActionResult | null>(null);
  return (
    <div className="space-y-3 text-sm">
      {message && <FormMessage tone={message.ok ? "success" : "error"}>{message.message}</FormMessage>}
      {address && (
        <div>
          <label htmlFor="calendar-address" className="block text-xs font-medium text-slate-700">
            Your calendar address (keep it private)
          </label>
          <input
            id="calendar-address"
            readOnly
            value={address}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 block w-full rounded-md bg-slate-50 px-3 py-2 font-mono text-xs ring-1 ring-slate-300"
          />
        </div>
      )}
      <p className="text-slate-600">
        {active
          ? "Your calendar is subscribed to your mentoring sessions. Reset the address if it was shared by mistake."
          : "Subscribe once and every session you book appears in your own calendar and stays up to date. Pairwise never reads your calendar."}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          variant={active ? "secondary" : "primary"}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await create({});
              setMessage(result);
              if (result.ok && result.data) setAddress(`${origin}/calendar/${result.data.secret}.ics`);
              router.refresh();
            })
          }
        >
          {active ? "Reset address" : "Create calendar address"}
        </Button>
        {active && (
          <Button
            variant="ghost"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                setAddress(null);
                setMessage(await revoke({}));
                router.refresh();
              })
            }
          >
            Turn off
          </Button>
        )}
      </div>
    </div>
  );
}

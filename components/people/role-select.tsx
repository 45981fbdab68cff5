"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import { callAction } from "@/components/ui/call-action";
import { roleLabels } from "@/lib/auth/permissions";
import { globalRoles } from "@/lib/people/schemas";
import type { GlobalRole } from "@/lib/db/generated/enums";

export function RoleSelect({
  userId,
  name,
  role,
  action,
}: {
  userId: string;
  name: string;
  role: GlobalRole;
  action: (input: { userId: string; role: GlobalRole }) => Promise<ActionResult>;
}) {
  const [value, setValue] = useState(role);
  const [message, setMessage] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const id = `role-${userId}`;

  return (
    <div>
      <label htmlFor={id} className="sr-only">
        Role for {name}
      </label>
      <select
        id={id}
        value={value}
        disabled={pending}
        aria-describedby={message ? `${id}-message` : undefined}
        onChange={(event) => {
          const next = event.target.value as GlobalRole;
          const previous = value;
          setValue(next);
          startTransition(async () => {
            const result = await callAction(action, { userId, role: next });
            setMessage(result);
            if (!result.ok) setValue(previous);
          });
        }}
        className="rounded-md border-0 bg-white py-1 pr-7 pl-2 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600"
      >
        {globalRoles.map((option) => (
          <option key={option} value={option}>
            {roleLabels[option]}
          </option>
        ))}
      </select>
      {message && (
        <p
          id={`${id}-message`}
          role={message.ok ? "status" : "alert"}
          className={`mt-1 text-xs ${message.ok ? "text-emerald-700" : "text-red-700"}`}
        >
          {message.ok ? "Saved" : message.message}
        </p>
      )}
    </div>
  );
}

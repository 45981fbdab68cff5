"use client";

import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { CheckboxGroup, FieldNote, TextAreaField, checkboxClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionCall } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";

type Invite = (input: {
  programId: string;
  userIds: string[];
  departmentIds: string[];
  message: string;
}) => Promise<ActionResult>;

/** Pick whole departments and/or individual people, add a message, invite. */
export function InviteForm({
  programId,
  people,
  departments,
  action,
}: {
  programId: string;
  people: { id: string; name: string; title: string | null }[];
  departments: { id: string; name: string; count: number }[];
  action: Invite;
}) {
  const [departmentIds, setDepartmentIds] = useState<string[]>([]);
  const [userIds, setUserIds] = useState<string[]>([]);
  const [query, setQuery] = useState("");
  const [message, setMessage] = useState("");
  const { result, pending, submitWith } = useActionCall();
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (
      q ? people.filter((p) => p.name.toLowerCase().includes(q) || (p.title ?? "").toLowerCase().includes(q)) : people
    ).slice(0, 50);
  }, [people, query]);
  // Each box ticked when its id is in the list; ticking adds or removes it.
  const ticks = (list: string[], set: (v: string[]) => void) => (id: string) => ({
    checked: list.includes(id),
    onChange: () => set(list.includes(id) ? list.filter((x) => x !== id) : [...list, id]),
  });
  const error = result && !result.ok ? (result.fieldErrors?.userIds?.[0] ?? result.message) : null;

  return (
    <form
      className="space-y-4"
      onSubmit={submitWith(
        () => action({ programId, userIds, departmentIds, message }),
        () => {
          setUserIds([]);
          setDepartmentIds([]);
          setMessage("");
        },
      )}
    >
      {result?.ok && <FormMessage tone="success">{result.message}</FormMessage>}
      <CheckboxGroup
        legend="Whole departments"
        box="grid gap-1.5 sm:grid-cols-2"
        choices={departments.map((d) => ({
          value: d.id,
          label: (
            <>
              {d.name} <span className="text-xs text-slate-500">({d.count})</span>
            </>
          ),
        }))}
        inputProps={ticks(departmentIds, setDepartmentIds)}
      />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">
          People {userIds.length > 0 && <span className="font-normal text-slate-500">· {userIds.length} chosen</span>}
        </legend>
        <label htmlFor={`invite-search-${programId}`} className="sr-only">
          Search people
        </label>
        <input
          id={`invite-search-${programId}`}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Search by name or title"
          className="mt-2 block w-full rounded-md border-0 px-3 py-1.5 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600"
        />
        <div className="mt-2 max-h-48 space-y-1 overflow-y-auto text-sm">
          {shown.map((p) => (
            <label key={p.id} className="flex items-center gap-2">
              <input type="checkbox" className={checkboxClass} {...ticks(userIds, setUserIds)(p.id)} />
              {p.name} <span className="text-xs text-slate-500">{p.title}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        id={`invite-message-${programId}`}
        label="Message (optional)"
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        maxLength={1000}
        className="min-h-20"
      />
      <FieldNote error={error ?? undefined} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Inviting…" : "Send invitations"}
      </Button>
    </form>
  );
}

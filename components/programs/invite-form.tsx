"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";
import { callAction } from "@/components/ui/call-action";

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
  const router = useRouter();
  const [departmentIds, setDepartmentIds] = useState<string[]>([]);
  const [userIds, setUserIds] = useState<string[]>([]);
  const [query, setQuery] = useState("");
  const [message, setMessage] = useState("");
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return (
      q ? people.filter((p) => p.name.toLowerCase().includes(q) || (p.title ?? "").toLowerCase().includes(q)) : people
    ).slice(0, 50);
  }, [people, query]);
  const toggle = (list: string[], set: (v: string[]) => void, id: string) =>
    set(list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  const error = result && !result.ok ? (result.fieldErrors?.userIds?.[0] ?? result.message) : null;

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const outcome = await callAction(action, { programId, userIds, departmentIds, message });
          setResult(outcome);
          if (outcome.ok) {
            setUserIds([]);
            setDepartmentIds([]);
            setMessage("");
            router.refresh();
          }
        });
      }}
    >
      {result?.ok && <FormMessage tone="success">{result.message}</FormMessage>}
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Whole departments</legend>
        <div className="mt-2 grid gap-1.5 text-sm sm:grid-cols-2">
          {departments.map((d) => (
            <label key={d.id} className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={departmentIds.includes(d.id)}
                onChange={() => toggle(departmentIds, setDepartmentIds, d.id)}
                className="h-4 w-4 rounded border-slate-300 text-brand-600"
              />
              {d.name} <span className="text-xs text-slate-500">({d.count})</span>
            </label>
          ))}
        </div>
      </fieldset>
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
              <input
                type="checkbox"
                checked={userIds.includes(p.id)}
                onChange={() => toggle(userIds, setUserIds, p.id)}
                className="h-4 w-4 rounded border-slate-300 text-brand-600"
              />
              {p.name} <span className="text-xs text-slate-500">{p.title}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-1.5">
        <label htmlFor={`invite-message-${programId}`} className="block text-sm font-medium text-slate-800">
          Message (optional)
        </label>
        <textarea
          id={`invite-message-${programId}`}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          maxLength={1000}
          className="block min-h-20 w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600"
        />
      </div>
      {error && (
        <p role="alert" className="text-xs font-medium text-red-700">
          {error}
        </p>
      )}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Inviting…" : "Send invitations"}
      </Button>
    </form>
  );
}

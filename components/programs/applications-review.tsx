"use client";

import { plural } from "@/lib/format";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";
import { ApplicationStatusBadge } from "@/components/programs/application-status-badge";

export interface ApplicationRow {
  id: string;
  name: string;
  email: string;
  title: string | null;
  department: string | null;
  role: "MENTOR" | "MENTEE";
  status: "APPLIED" | "APPROVED" | "WAITLISTED" | "DECLINED" | "WITHDRAWN";
  capacity: number;
  appliedAt: string;
  acceptedConduct: boolean;
  ready: boolean;
  answers: { prompt: string; values: string[] }[];
  note: string | null;
}

type Decide = (input: {
  programId: string;
  participationIds: string[];
  decision: "APPROVED" | "WAITLISTED" | "DECLINED";
  note: string;
}) => Promise<ActionResult>;

/** Select one or many applications and approve, waitlist or decline them, with an optional note. */
export function ApplicationsReview({
  programId,
  rows,
  decide,
  canDecide,
}: {
  programId: string;
  rows: ApplicationRow[];
  decide: Decide;
  canDecide: boolean;
}) {
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const allSelected = rows.length > 0 && selected.length === rows.length;

  const run = (decision: "APPROVED" | "WAITLISTED" | "DECLINED") =>
    startTransition(async () => {
      const outcome = await decide({ programId, participationIds: selected, decision, note });
      setResult(outcome);
      if (outcome.ok) {
        setSelected([]);
        setNote("");
        router.refresh();
      }
    });

  return (
    <div className="space-y-4">
      {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
      {canDecide && (
        <div className="flex flex-wrap items-end gap-3 rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200">
          <div className="min-w-64 flex-1">
            <label htmlFor="decision-note" className="block text-xs font-medium text-slate-700">
              Note to the applicants (optional)
            </label>
            <input
              id="decision-note"
              value={note}
              onChange={(e) => setNote(e.target.value)}
              maxLength={1000}
              className="mt-1 block w-full rounded-md border-0 px-3 py-1.5 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600"
            />
          </div>
          <Button disabled={pending || selected.length === 0} onClick={() => run("APPROVED")}>
            Approve {selected.length || ""}
          </Button>
          <Button variant="secondary" disabled={pending || selected.length === 0} onClick={() => run("WAITLISTED")}>
            Waitlist
          </Button>
          <Button variant="secondary" disabled={pending || selected.length === 0} onClick={() => run("DECLINED")}>
            Decline
          </Button>
        </div>
      )}
      <div className="-mx-5 overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Applications</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
            <tr>
              {canDecide && (
                <th scope="col" className="px-5 py-2.5">
                  <input
                    type="checkbox"
                    aria-label="Select all applications shown"
                    checked={allSelected}
                    onChange={() => setSelected(allSelected ? [] : rows.map((r) => r.id))}
                    className="h-4 w-4 rounded border-slate-300 text-brand-600"
                  />
                </th>
              )}
              <th scope="col" className="px-5 py-2.5">
                Applicant
              </th>
              <th scope="col" className="px-5 py-2.5">
                Role
              </th>
              <th scope="col" className="px-5 py-2.5">
                Answers
              </th>
              <th scope="col" className="px-5 py-2.5">
                Status
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id} className={selected.includes(row.id) ? "bg-brand-50/50" : ""}>
                {canDecide && (
                  <td className="px-5 py-3 align-top">
                    <input
                      type="checkbox"
                      aria-label={`Select ${row.name}`}
                      checked={selected.includes(row.id)}
                      onChange={() => setSelected((s) => (s.includes(row.id) ? s.filter((x) => x !== row.id) : [...s, row.id]))}
                      className="h-4 w-4 rounded border-slate-300 text-brand-600"
                    />
                  </td>
                )}
                <td className="px-5 py-3 align-top">
                  <p className="font-medium text-slate-900">{row.name}</p>
                  <p className="text-xs text-slate-500">{[row.title, row.department].filter(Boolean).join(" · ")}</p>
                  <p className="text-xs text-slate-500">Applied {row.appliedAt}</p>
                </td>
                <td className="px-5 py-3 align-top">
                  {row.role === "MENTOR" ? `Mentor · ${row.capacity} ${plural(row.capacity, "place")}` : "Mentee"}
                  <p className="mt-1 text-xs text-slate-500">
                    {row.acceptedConduct ? "Accepted the code of conduct" : "Code of conduct not accepted"}
                  </p>
                  {row.role === "MENTOR" && (
                    <p className="mt-1">
                      {row.ready ? <Badge tone="success">Ready</Badge> : <Badge tone="warning">Readiness not complete</Badge>}
                    </p>
                  )}
                </td>
                <td className="max-w-md px-5 py-3 align-top text-xs text-slate-700">
                  {row.answers.length === 0
                    ? "—"
                    : row.answers.map((a) => (
                        <p key={a.prompt}>
                          <span className="text-slate-500">{a.prompt}</span> {a.values.join(", ")}
                        </p>
                      ))}
                </td>
                <td className="px-5 py-3 align-top">
                  <ApplicationStatusBadge status={row.status} audience="coordinator" />
                  {row.note && <p className="mt-1 text-xs text-slate-500">“{row.note}”</p>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

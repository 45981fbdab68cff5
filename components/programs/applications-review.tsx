"use client";

import { plural } from "@/lib/format";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TextField, checkboxClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Table, Td, Th } from "@/components/ui/table";
import { useActionCall } from "@/components/ui/use-action-submit";
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
  const [selected, setSelected] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const { result, pending, run: call } = useActionCall();
  const allSelected = rows.length > 0 && selected.length === rows.length;

  const run = (decision: "APPROVED" | "WAITLISTED" | "DECLINED") =>
    call(
      () => decide({ programId, participationIds: selected, decision, note }),
      () => {
        setSelected([]);
        setNote("");
      },
    );

  return (
    <div className="space-y-4">
      {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
      {canDecide && (
        <div className="flex flex-wrap items-end gap-3 rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200">
          <div className="min-w-64 flex-1">
            <TextField
              id="decision-note"
              label="Note to the applicants (optional)"
              value={note}
              onChange={(e) => setNote(e.target.value)}
              maxLength={1000}
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
      <Table caption="Applications">
        <thead className="bg-slate-50">
          <tr>
            {canDecide && (
              <Th>
                <input
                  type="checkbox"
                  aria-label="Select all applications shown"
                  checked={allSelected}
                  onChange={() => setSelected(allSelected ? [] : rows.map((r) => r.id))}
                  className={checkboxClass}
                />
              </Th>
            )}
            <Th>Applicant</Th>
            <Th>Role</Th>
            <Th>Answers</Th>
            <Th>Status</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className={selected.includes(row.id) ? "bg-brand-50/50" : ""}>
              {canDecide && (
                <Td>
                  <input
                    type="checkbox"
                    aria-label={`Select ${row.name}`}
                    checked={selected.includes(row.id)}
                    onChange={() => setSelected((s) => (s.includes(row.id) ? s.filter((x) => x !== row.id) : [...s, row.id]))}
                    className={checkboxClass}
                  />
                </Td>
              )}
              <Td>
                <p className="font-medium text-slate-900">{row.name}</p>
                <p className="text-xs text-slate-500">{[row.title, row.department].filter(Boolean).join(" · ")}</p>
                <p className="text-xs text-slate-500">Applied {row.appliedAt}</p>
              </Td>
              <Td>
                {row.role === "MENTOR" ? `Mentor · ${row.capacity} ${plural(row.capacity, "place")}` : "Mentee"}
                <p className="mt-1 text-xs text-slate-500">
                  {row.acceptedConduct ? "Accepted the code of conduct" : "Code of conduct not accepted"}
                </p>
                {row.role === "MENTOR" && (
                  <p className="mt-1">
                    {row.ready ? <Badge tone="success">Ready</Badge> : <Badge tone="warning">Readiness not complete</Badge>}
                  </p>
                )}
              </Td>
              <Td className="max-w-md text-xs">
                {row.answers.length === 0
                  ? "—"
                  : row.answers.map((a) => (
                      <p key={a.prompt}>
                        <span className="text-slate-500">{a.prompt}</span> {a.values.join(", ")}
                      </p>
                    ))}
              </Td>
              <Td>
                <ApplicationStatusBadge status={row.status} audience="coordinator" />
                {row.note && <p className="mt-1 text-xs text-slate-500">“{row.note}”</p>}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

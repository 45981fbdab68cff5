"use client";

import { plural } from "@/lib/format";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField, checkboxClass } from "@/components/ui/field";
import { useActionCall } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";

interface Suggestion {
  mentorId: string;
  name: string;
  department: string | null;
  placesLeft: number;
  score: number;
  reasons: string[];
}

/** Tick mentors in the order you want them asked; the first is asked now, the rest in turn. */
export function MentorRequestForm({
  programId,
  limit,
  suggestions,
  action,
}: {
  programId: string;
  limit: number;
  suggestions: Suggestion[];
  action: (input: { programId: string; mentorIds: string[]; message: string }) => Promise<ActionResult>;
}) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [message, setMessage] = useState("");
  const { result, pending, submitWith } = useActionCall();

  const toggle = (id: string) =>
    setChosen((current) =>
      current.includes(id) ? current.filter((x) => x !== id) : current.length < limit ? [...current, id] : current,
    );

  return (
    <ActionForm
      className="space-y-5"
      result={result}
      onSubmit={submitWith(() => action({ programId, mentorIds: chosen, message }))}
    >
      <fieldset>
        <legend className="text-sm text-slate-700">
          Tick up to {limit} mentors in the order you would like them asked. {chosen.length}/{limit} chosen.
        </legend>
        <ul className="mt-3 space-y-3">
          {suggestions.map((s) => {
            const position = chosen.indexOf(s.mentorId);
            const id = `mentor-${s.mentorId}`;
            return (
              <li
                key={s.mentorId}
                className={`rounded-lg p-4 ring-1 ${position >= 0 ? "bg-brand-50 ring-brand-200" : "bg-white ring-slate-200"}`}
              >
                <label htmlFor={id} className="flex cursor-pointer items-start gap-3">
                  <input
                    id={id}
                    type="checkbox"
                    checked={position >= 0}
                    disabled={position < 0 && chosen.length >= limit}
                    onChange={() => toggle(s.mentorId)}
                    className={`mt-1 ${checkboxClass}`}
                  />
                  <span className="flex-1">
                    <span className="flex flex-wrap items-baseline justify-between gap-2">
                      <span className="font-semibold text-slate-900">
                        {position >= 0 && (
                          <span className="mr-2 rounded-full bg-brand-600 px-2 py-0.5 text-xs text-white">#{position + 1}</span>
                        )}
                        {s.name}
                        {s.department && <span className="font-normal text-slate-500"> · {s.department}</span>}
                      </span>
                      <span className="text-sm font-semibold text-brand-700 tabular-nums">{Math.round(s.score * 100)}% fit</span>
                    </span>
                    <span className="mt-1 block text-sm text-slate-600">
                      {s.reasons.slice(0, 3).join(" · ") || "No strong overlap on the criteria this programme uses."}
                    </span>
                    <span className="mt-1 block text-xs text-slate-500">
                      {s.placesLeft} {plural(s.placesLeft, "place")} left
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <TextAreaField
        id="request-message"
        label="A note for your mentors (optional)"
        value={message}
        onChange={(event) => setMessage(event.target.value)}
        maxLength={1000}
        className="min-h-24"
      />
      <div className="flex justify-end">
        <Button type="submit" disabled={pending || chosen.length === 0}>
          {pending ? "Sending…" : `Ask ${chosen.length || ""} ${plural(chosen.length, "mentor")}`.replace("  ", " ")}
        </Button>
      </div>
    </ActionForm>
  );
}

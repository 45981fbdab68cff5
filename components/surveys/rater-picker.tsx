"use client";

import { useEffect, useMemo, useState } from "react";
import { TextField } from "@/components/ui/field";
import type { RaterChoice } from "@/lib/surveys/three-sixty-rules";

/**
 * Chooses colleagues to ask for 360 feedback: the mentee's department is listed to start with,
 * and typing a name searches the whole directory on the server. What is chosen stays chosen while
 * the list changes, shown above it with a button to remove each person.
 */
export function RaterPicker({
  pairId,
  departmentChoices,
  value,
  onChange,
  legend,
  error,
}: {
  pairId: string;
  departmentChoices: RaterChoice[];
  value: string[];
  onChange: (ids: string[]) => void;
  legend: string;
  error?: string;
}) {
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<{ query: string; people: RaterChoice[] } | null>(null);
  const [searchProblem, setSearchProblem] = useState<string | null>(null);
  const [known, setKnown] = useState(() => new Map(departmentChoices.map((person) => [person.id, person])));
  const searching = query.trim().length >= 2;

  useEffect(() => {
    const term = query.trim();
    if (term.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/me/feedback-360/${encodeURIComponent(pairId)}/raters?q=${encodeURIComponent(term)}`, {
          signal: controller.signal,
        });
        if (!response.ok) throw new Error(await response.text());
        const people = (await response.json()) as RaterChoice[];
        setSearchProblem(null);
        setFound({ query: term, people });
        setKnown((current) => new Map([...current, ...people.map((person) => [person.id, person] as const)]));
      } catch (problem) {
        if (controller.signal.aborted) return;
        setSearchProblem(problem instanceof Error && problem.message ? problem.message : "The search did not answer.");
      }
    }, 250);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [pairId, query]);

  const listed = searching ? (found?.query === query.trim() ? found.people : null) : departmentChoices;
  const chosen = useMemo(() => value.map((id) => known.get(id)).filter((person) => person !== undefined), [known, value]);
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...value.filter((v) => v !== id), id] : value.filter((v) => v !== id));
  const errorId = "three-sixty-colleagues-error";

  return (
    <fieldset className="space-y-3" aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div>
        <p className="text-xs font-medium text-slate-600" aria-live="polite">
          Chosen: {chosen.length === 0 ? "nobody yet" : chosen.length}
        </p>
        {chosen.length > 0 && (
          <ul className="mt-1 flex flex-wrap gap-2">
            {chosen.map((person) => (
              <li
                key={person.id}
                className="flex items-center gap-1 rounded-full bg-brand-50 py-1 pr-1 pl-3 text-sm text-brand-900"
              >
                {person.name}
                <button
                  type="button"
                  onClick={() => toggle(person.id, false)}
                  aria-label={`Remove ${person.name}`}
                  className="rounded-full px-2 text-brand-800 hover:bg-brand-100 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-none"
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <TextField
        id="three-sixty-filter"
        label="Find a colleague anywhere in the organisation"
        hint="Type two or more letters of a name; people in your department are listed first."
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        autoComplete="off"
      />
      <p className="text-xs font-medium text-slate-600">{searching ? `Matching “${query.trim()}”` : "From your department"}</p>
      {searchProblem && searching ? (
        <p role="alert" className="text-sm text-red-700">
          {searchProblem}
        </p>
      ) : (
        <ul className="max-h-64 space-y-1 overflow-y-auto rounded-md p-2 ring-1 ring-slate-200" aria-busy={listed === null}>
          {listed === null && <li className="text-sm text-slate-500">Searching…</li>}
          {listed?.map((person) => (
            <li key={person.id}>
              <label className="flex flex-wrap items-center gap-x-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  checked={value.includes(person.id)}
                  onChange={(event) => toggle(person.id, event.target.checked)}
                  className="h-4 w-4 rounded border-slate-300 text-brand-600"
                />
                {person.name}
                <span className="text-xs text-slate-500">
                  {[person.title, searching ? person.department : null].filter(Boolean).join(" · ")}
                </span>
              </label>
            </li>
          ))}
          {listed?.length === 0 && (
            <li className="text-sm text-slate-500">
              {searching ? "Nobody in the directory by that name." : "Nobody else in your department: search by name."}
            </li>
          )}
        </ul>
      )}
      {error && (
        <p id={errorId} role="alert" className="text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

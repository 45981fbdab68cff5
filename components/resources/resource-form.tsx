"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";
import { callAction } from "@/components/ui/call-action";
import { allowedFilesDescription } from "@/lib/resources/file-types";
import { resourceKindLabels, resourceKinds, type ResourceInput } from "@/lib/resources/schemas";

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let k = 0; k < bytes.length; k += 0x8000) binary += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  return btoa(binary);
}

export function ResourceForm({
  programs,
  action,
}: {
  programs: { id: string; name: string }[];
  action: (input: ResourceInput) => Promise<ActionResult>;
}) {
  const router = useRouter();
  const [values, setValues] = useState({
    title: "",
    description: "",
    kind: "GUIDE",
    audience: "BOTH",
    programId: "",
    url: "",
    requiredForReadiness: false,
  });
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: event.target.value }));

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const outcome = await callAction(action, {
            ...values,
            kind: values.kind as ResourceInput["kind"],
            audience: values.audience as ResourceInput["audience"],
            file: file ? { name: file.name, type: file.type, size: file.size, base64: await toBase64(file) } : null,
          });
          setResult(outcome);
          if (outcome.ok) {
            setValues({
              title: "",
              description: "",
              kind: "GUIDE",
              audience: "BOTH",
              programId: "",
              url: "",
              requiredForReadiness: false,
            });
            setFile(null);
            router.refresh();
          }
        });
      }}
    >
      {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
      <TextField id="resource-title" label="Title" value={values.title} onChange={set("title")} error={errors.title?.[0]} />
      <TextAreaField
        id="resource-description"
        label="Description"
        value={values.description}
        onChange={set("description")}
        error={errors.description?.[0]}
        className="min-h-20"
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField id="resource-kind" label="Kind" value={values.kind} onChange={set("kind")} error={errors.kind?.[0]}>
          {resourceKinds.map((k) => (
            <option key={k} value={k}>
              {resourceKindLabels[k]}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="resource-audience"
          label="For"
          value={values.audience}
          onChange={set("audience")}
          error={errors.audience?.[0]}
        >
          <option value="BOTH">Mentors and mentees</option>
          <option value="MENTOR">Mentors</option>
          <option value="MENTEE">Mentees</option>
        </SelectField>
        <SelectField
          id="resource-programme"
          label="Programme"
          value={values.programId}
          onChange={set("programId")}
          error={errors.programId?.[0]}
        >
          <option value="">All programmes</option>
          {programs.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        id="resource-url"
        label="Link"
        placeholder="https://"
        value={values.url}
        onChange={set("url")}
        error={errors.url?.[0]}
        hint="Or upload a file below (5 MB at most)."
      />
      <div className="space-y-1.5">
        <label htmlFor="resource-file" className="block text-sm font-medium text-slate-800">
          File
        </label>
        <input
          id="resource-file"
          type="file"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          className="block text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-sm file:font-semibold file:text-brand-700"
        />
        {(errors["file.size"]?.[0] ?? errors.file?.[0]) && (
          <p role="alert" className="text-xs font-medium text-red-700">
            {errors["file.size"]?.[0] ?? errors.file?.[0]}
          </p>
        )}
        <p className="text-xs text-slate-500">{allowedFilesDescription}.</p>
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          checked={values.requiredForReadiness}
          onChange={(e) => setValues((v) => ({ ...v, requiredForReadiness: e.target.checked }))}
          className="h-4 w-4 rounded border-slate-300 text-brand-600"
        />
        Mentors must complete this before they count as ready
      </label>
      {errors.requiredForReadiness?.[0] && (
        <p role="alert" className="text-xs font-medium text-red-700">
          {errors.requiredForReadiness[0]}
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add resource"}
      </Button>
    </form>
  );
}

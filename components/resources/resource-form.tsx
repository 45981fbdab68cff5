"use client";

import { useState } from "react";
import { resourceAudienceLabels } from "@/components/resources/resource-item";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { CheckboxField, FieldNote, SelectField, TextAreaField, TextField, choicesOf } from "@/components/ui/field";
import { useActionCall } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";
import { allowedFilesDescription } from "@/lib/resources/file-types";
import { blankResourceFields, resourceKindLabels, resourceKinds, type ResourceInput } from "@/lib/resources/schemas";

// The form keeps its values as typed: widened from the blank's literal types.
const empty: { [K in keyof typeof blankResourceFields]: (typeof blankResourceFields)[K] extends boolean ? boolean : string } =
  blankResourceFields;
const audiences = choicesOf(["BOTH", "MENTOR", "MENTEE"], resourceAudienceLabels);

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
  const [values, setValues] = useState(empty);
  const [file, setFile] = useState<File | null>(null);
  const { result, pending, submitWith } = useActionCall();
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  // A controlled box: its id, its value, its error.
  const field = (key: Exclude<keyof typeof values, "requiredForReadiness">, id: string = key) => ({
    id: `resource-${id}`,
    value: values[key],
    onChange: (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value })),
    error: errors[key]?.[0],
  });

  return (
    <ActionForm
      className="space-y-4"
      result={result}
      onSubmit={submitWith(
        async () =>
          action({
            ...values,
            kind: values.kind as ResourceInput["kind"],
            audience: values.audience as ResourceInput["audience"],
            file: file ? { name: file.name, type: file.type, size: file.size, base64: await toBase64(file) } : null,
          }),
        () => {
          setValues(empty);
          setFile(null);
        },
      )}
    >
      <TextField label="Title" {...field("title")} />
      <TextAreaField label="Description" className="min-h-20" {...field("description")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label="Kind" options={choicesOf(resourceKinds, resourceKindLabels)} {...field("kind")} />
        <SelectField label="For" options={audiences} {...field("audience")} />
        <SelectField
          label="Programme"
          blank="All programmes"
          options={programs.map((p) => ({ value: p.id, label: p.name }))}
          {...field("programId", "programme")}
        />
      </div>
      <TextField label="Link" placeholder="https://" hint="Or upload a file below (5 MB at most)." {...field("url")} />
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
        <FieldNote error={errors["file.size"]?.[0] ?? errors.file?.[0]} />
        <p className="text-xs text-slate-500">{allowedFilesDescription}.</p>
      </div>
      <CheckboxField
        label="Mentors must complete this before they count as ready"
        checked={values.requiredForReadiness}
        onChange={(e) => setValues((v) => ({ ...v, requiredForReadiness: e.target.checked }))}
        error={errors.requiredForReadiness?.[0]}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add resource"}
      </Button>
    </ActionForm>
  );
}

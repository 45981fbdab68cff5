import { z } from "zod";
import { choiceKeys } from "@/lib/choices";
import vocabulary from "@/lib/vocabulary/en.json";

export const resourceKindLabels = vocabulary.resources.kind;
export const resourceKinds = choiceKeys(resourceKindLabels);
export const maxUploadBytes = 5 * 1024 * 1024;

export const resourceSchema = z
  .object({
    title: z.string().trim().min(3, "Give the resource a title.").max(200, "Keep the title under 200 characters."),
    description: z.string().trim().max(2000, "Keep the description under 2,000 characters."),
    kind: z.enum(resourceKinds, "Choose a kind."),
    audience: z.enum(["BOTH", "MENTOR", "MENTEE"], "Choose who it is for."),
    programId: z
      .string()
      .trim()
      .transform((v) => v || null),
    url: z
      .string()
      .trim()
      .transform((v) => v || null)
      .pipe(z.url({ protocol: /^https?$/, error: "Use a web address starting with https://." }).nullable()),
    requiredForReadiness: z.boolean(),
    file: z
      .object({
        name: z.string().min(1).max(200),
        type: z.string().max(100),
        size: z.number().max(maxUploadBytes, "Upload files of 5 MB or less; link to bigger ones."),
        base64: z.string(),
      })
      .nullable(),
  })
  .refine((r) => (r.url === null) !== (r.file === null), { path: ["url"], message: "Give either a link or a file." })
  .refine((r) => !r.requiredForReadiness || r.audience !== "MENTEE", {
    path: ["requiredForReadiness"],
    message: "Readiness is for mentors; make it for mentors or everyone.",
  });

export type ResourceInput = z.input<typeof resourceSchema>;

/** A new resource's fields before anything is typed: a guide for both sides, in no one programme. */
export const blankResourceFields = {
  title: "",
  description: "",
  kind: "GUIDE",
  audience: "BOTH",
  programId: "",
  url: "",
  requiredForReadiness: false,
} as const;

export const completionSchema = z.object({ id: z.string().min(1), completed: z.boolean() });

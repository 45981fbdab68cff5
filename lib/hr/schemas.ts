import { z } from "zod";

export const hrImportSchema = z.object({
  csv: z
    .string()
    .min(1, "Choose a CSV file or paste its contents.")
    .max(20_000_000, "The file is over 20 MB; split it into smaller files."),
});

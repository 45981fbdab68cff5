import { z } from "zod";

export const peopleImportSchema = z.object({
  csv: z.string().min(1, "Choose a CSV file or paste its contents.").max(10_000_000, "The file is over 10 MB; split it into smaller files."),
});

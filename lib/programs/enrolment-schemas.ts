import { z } from "zod";

export const applySchema = z.object({
  slug: z.string().min(1),
  role: z.enum(["MENTOR", "MENTEE"], "Choose whether you apply as a mentor or a mentee."),
  capacity: z
    .number("Say how many mentees you can take on.")
    .int()
    .min(1, "Take on at least 1 mentee.")
    .max(5, "Take on at most 5 mentees."),
  answers: z.record(z.string(), z.array(z.string().max(4000, "Keep answers under 4,000 characters."))),
  /** Checked with the answers in lib/programs/enrolment.ts, so every problem shows at once. */
  acceptCodeOfConduct: z.boolean(),
});

export type ApplyInput = z.input<typeof applySchema>;

export const decisionSchema = z.object({
  programId: z.string().min(1),
  participationIds: z.array(z.string().min(1)).min(1, "Select at least one application."),
  decision: z.enum(["APPROVED", "WAITLISTED", "DECLINED"], "Choose approve, waitlist or decline."),
  note: z.string().trim().max(1000, "Keep the note under 1,000 characters."),
});

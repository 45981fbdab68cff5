import { z } from "zod";
import { choiceKeys } from "@/lib/choices";
import vocabulary from "@/lib/vocabulary/en.json";

const requiredDate = z.iso.date("Enter a date as YYYY-MM-DD.");
const optionalDate = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .pipe(requiredDate.optional());

/** The queue item: a pair, or one mentor (unanswered requests), always within a programme. */
const subject = {
  programId: z.string().min(1),
  matchId: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined),
  participationId: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined),
};
const oneSubject = (input: { matchId?: string; participationId?: string }) =>
  Boolean(input.matchId) !== Boolean(input.participationId);
const oneSubjectIssue = { path: ["matchId"], message: "Choose the pair or the mentor this is about." };

export const checkInOutcomeLabels = vocabulary.checkIns.outcome;
export const checkInOutcomes = choiceKeys(checkInOutcomeLabels);
export const checkInChannelLabels = vocabulary.checkIns.channel;
export const checkInChannels = choiceKeys(checkInChannelLabels);
export const checkInWithLabels = vocabulary.checkIns.withWhom;
export const checkInWith = choiceKeys(checkInWithLabels);

export const recordCheckInSchema = z
  .object({
    ...subject,
    requestKey: z.uuid(),
    heldOn: requiredDate,
    withWhom: z.enum(checkInWith, "Choose who you spoke to."),
    channel: z.enum(checkInChannels, "Choose how you spoke."),
    outcome: z.enum(checkInOutcomes, "Choose how it is going."),
    note: z.string().trim().max(5000, "Keep the note under 5,000 characters."),
    followUpOn: optionalDate,
  })
  .refine(oneSubject, oneSubjectIssue)
  .refine((input) => !input.followUpOn || input.followUpOn > input.heldOn, {
    path: ["followUpOn"],
    message: "The follow-up must be after the check-in.",
  });
type WithSubject<T> = Omit<T, "matchId" | "participationId"> & { matchId?: string; participationId?: string };
export type RecordCheckInInput = WithSubject<z.infer<typeof recordCheckInSchema>>;

export const snoozeSchema = z
  .object({
    ...subject,
    until: requiredDate,
    reason: z.string().trim().min(1, "Say why, so colleagues know.").max(500, "Keep the reason under 500 characters."),
  })
  .refine(oneSubject, oneSubjectIssue);
export type SnoozeInput = WithSubject<z.infer<typeof snoozeSchema>>;

export const resolveSchema = z
  .object({
    ...subject,
    reason: z.string().trim().min(1, "Say what resolved it.").max(500, "Keep the reason under 500 characters."),
  })
  .refine(oneSubject, oneSubjectIssue);
export type ResolveInput = WithSubject<z.infer<typeof resolveSchema>>;

const days = (label: string, max: number) =>
  z.coerce
    .number(`${label}: enter a number of days.`)
    .int(`${label}: whole days only.`)
    .min(1, `${label}: at least 1.`)
    .max(max, `${label}: at most ${max}.`);

const lowPulseMessage = "Enter 1 to 4: pulse answers run from 1 to 5, and 5 would flag every pair.";
const unansweredMessage = "Enter a whole number of requests from 1 to 10.";

export const checkInPolicySchema = z.object({
  programId: z.string().min(1),
  firstSessionDays: days("First session", 180),
  cadenceDays: days("Cadence", 180),
  agreementDays: days("Agreement", 180),
  checkInEveryDays: days("Regular check-in", 365),
  // Pulse answers run 1 to 5; a threshold of 5 would put every pair on the queue.
  lowPulseThreshold: z.coerce.number(lowPulseMessage).int(lowPulseMessage).min(1, lowPulseMessage).max(4, lowPulseMessage),
  unansweredRequestLimit: z.coerce
    .number(unansweredMessage)
    .int(unansweredMessage)
    .min(1, unansweredMessage)
    .max(10, unansweredMessage),
});
export type CheckInPolicyInput = z.infer<typeof checkInPolicySchema>;

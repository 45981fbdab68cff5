import { z } from "zod";
import { choiceKeys } from "@/lib/choices";
import vocabulary from "@/lib/vocabulary/en.json";

const id = z.string().min(1, "Missing identifier.");
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date.");
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Choose a time.");

export const sessionFormatLabels = vocabulary.sessions.format;
export const sessionFormats = choiceKeys(sessionFormatLabels);
export const placeLabels: Record<(typeof sessionFormats)[number], string> = vocabulary.sessions.place;

/** Longest text a person writes in one box: a page or two, never a pasted document. */
export const noteLimit = 5000;
const note = (label: string) => z.string().trim().max(noteLimit, `Keep ${label} under 5,000 characters.`).default("");

/** A time on one day in the writer's own time zone: start, end, format and where. */
export const sessionTime = z
  .object({
    day,
    startTime: time,
    endTime: time,
    format: z.enum(sessionFormats, "Choose how you will meet."),
    place: z.string().trim().max(500, "Keep this under 500 characters.").default(""),
  })
  .superRefine((value, ctx) => {
    if (value.endTime <= value.startTime) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "The end time must be after the start time." });
    } else if (minutes(value.endTime) - minutes(value.startTime) > 240) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "Keep a session to four hours or less." });
    }
  });

export function minutes(clock: string): number {
  const [h, m] = clock.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

export function requirePlace<T extends { format: (typeof sessionFormats)[number]; place: string }>(
  value: T,
  ctx: z.RefinementCtx,
) {
  if (value.format === "VIDEO" && !/^https:\/\/\S+$/.test(value.place)) {
    ctx.addIssue({ code: "custom", path: ["place"], message: "Paste the video link, starting with https://." });
  }
  if (value.format === "PHONE" && !/^\+?[\d\s()-]{6,}$/.test(value.place)) {
    ctx.addIssue({ code: "custom", path: ["place"], message: "Enter the phone number to call, e.g. +44 20 7946 0000." });
  }
  if (value.format === "IN_PERSON" && value.place.length < 2) {
    ctx.addIssue({ code: "custom", path: ["place"], message: "Say where you will meet." });
  }
}

export const proposeSessionSchema = sessionTime.and(z.object({ matchId: id })).superRefine(requirePlace);
export const rescheduleSessionSchema = sessionTime.and(z.object({ sessionId: id })).superRefine(requirePlace);
export const respondSessionSchema = z.object({ sessionId: id, accept: z.boolean() });
export const cancelSessionSchema = z.object({ sessionId: id });

/** What a log of a session that happened says, for a pair or a group. */
export const sessionNotes = {
  usefulness: z.coerce
    .number("Say how useful it was, from 1 to 5.")
    .int()
    .min(1, "Say how useful it was, from 1 to 5.")
    .max(5, "Say how useful it was, from 1 to 5."),
  topic: z.string().trim().max(200, "Keep the topic under 200 characters.").default(""),
  progress: note("the progress"),
  difficulties: note("what was difficult"),
  nextSteps: note("the next steps"),
};

export const logSessionSchema = sessionTime.and(
  z.object({
    matchId: id,
    /** Logging a scheduled session fills it in; without one the log stands alone. */
    sessionId: id.optional(),
    goalIds: z.array(id).max(20).default([]),
    ...sessionNotes,
    reflection: note("your reflection"),
  }),
);

export const confirmSessionSchema = z.object({
  sessionId: id,
  correction: z.string().trim().max(2000, "Keep the correction under 2,000 characters.").default(""),
  reflection: note("your reflection"),
});

export const helpRequestSchema = z.object({
  matchId: id,
  sessionId: id.optional(),
  message: z
    .string()
    .trim()
    .min(10, "Tell the programme office in a sentence or two what would help.")
    .max(2000, "Keep the message under 2,000 characters."),
});

export type ProposeSessionInput = z.output<typeof proposeSessionSchema>;
export type RescheduleSessionInput = z.output<typeof rescheduleSessionSchema>;
export type LogSessionInput = z.output<typeof logSessionSchema>;

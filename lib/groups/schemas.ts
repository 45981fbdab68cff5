import { z } from "zod";
import { agreementTermsSchema } from "@/lib/pairs/schemas";
import { requirePlace, sessionNotes, sessionTime } from "@/lib/sessions/schemas";

const id = z.string().min(1, "Missing identifier.");
const reason = (what: string) =>
  z.string().trim().min(3, `Say in a few words why ${what}.`).max(500, "Keep the reason under 500 characters.");

/** A group session is booked once for the whole circle, at a time on the mentor's clock. */
export const scheduleGroupSessionSchema = sessionTime.and(z.object({ groupId: id })).superRefine(requirePlace);

/** Logged once for the circle, with who came: each attendee's pair counts the session. */
export const logGroupSessionSchema = sessionTime.and(
  z.object({
    groupId: id,
    /** Logging a scheduled group session fills it in; without one the log stands alone. */
    groupSessionId: id.optional(),
    attendeePairIds: z.array(id).min(1, "Tick at least one mentee who came.").max(50),
    ...sessionNotes,
  }),
);

export const cancelGroupSessionSchema = z.object({ groupSessionId: id });
export const groupAgreementSchema = agreementTermsSchema.extend({ groupId: id, version: z.coerce.number().int().min(1) });
export const signGroupAgreementSchema = z.object({ groupId: id, version: z.coerce.number().int().min(1) });
export const leaveGroupSchema = z.object({ groupId: id, reason: reason("you are leaving") });
export const endGroupSchema = z.object({ groupId: id, reason: reason("the group is ending") });
export const addCoMentorSchema = z.object({ groupId: id, mentorId: z.string().min(1, "Choose a co-mentor.") });

export type ScheduleGroupSessionInput = z.output<typeof scheduleGroupSessionSchema>;
export type LogGroupSessionInput = z.output<typeof logGroupSessionSchema>;

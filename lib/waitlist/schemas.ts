import { z } from "zod";

export const offerResponseSchema = z.object({ offerId: z.string().min(1), accept: z.boolean() });
export const withdrawSchema = z.object({ participationId: z.string().min(1) });
export const capacitySchema = z.object({
  participationId: z.string().min(1),
  capacity: z.coerce
    .number("Say how many mentees you can take on.")
    .int("Use a whole number.")
    .min(1, "Take on at least 1 mentee.")
    .max(5, "Take on at most 5 mentees."),
});
/** Move one person on a waiting list to a place (1 = first); drag-and-drop and the arrow buttons both send this. */
export const moveOnWaitlistSchema = z.object({
  participationId: z.string().min(1),
  position: z.coerce.number("Choose a place on the list.").int("Use a whole number.").min(1, "Use 1 or more."),
});
export type MoveOnWaitlistInput = z.output<typeof moveOnWaitlistSchema>;

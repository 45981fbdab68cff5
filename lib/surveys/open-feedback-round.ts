import "server-only";
import { addDays, differenceInCalendarDays } from "date-fns";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { isoDay, utcDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { queuedTransaction, refuseDuplicate } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { lockProgram } from "@/lib/matching/program-lock";
import { notify } from "@/lib/notifications/notify";
import {
  feedbackAudienceLabels,
  feedbackClosingDay,
  feedbackPeriod,
  feedbackPeriodLabel,
  feedbackRoundIsOpen,
  feedbackRoundMaxDays,
} from "@/lib/surveys/feedback-rules";
import type { OpenFeedbackRoundInput } from "@/lib/surveys/schemas";

const closesOnError = (message: string) =>
  new AppError("INVALID_INPUT", "The round cannot close on that date.", { closesOn: [message] });

/**
 * Opens a core-group feedback round: every approved mentor (or mentee) of a running programme is
 * asked, in their inbox, the round's questions. One round per audience per month or quarter, and
 * never two open at once for the same people; the programme row lock makes parallel opens queue,
 * and the database's unique period turns any that slip through into a clear refusal.
 */
export async function openFeedbackRound(
  actor: Actor,
  input: OpenFeedbackRoundInput,
  now = new Date(),
): Promise<{ id: string; invited: number }> {
  requirePermission(actor, "surveys:write");
  // The round closes at the end of its closing day (UTC), so "closes on 14 December" includes the 14th.
  const closesAt = addDays(utcDay(input.closesOn), 1);
  if (input.closesOn <= isoDay(now)) throw closesOnError("Pick a closing date after today.");
  if (differenceInCalendarDays(closesAt, now) > feedbackRoundMaxDays) {
    throw closesOnError(`Keep a round open for at most ${feedbackRoundMaxDays} days, so its answers describe one period.`);
  }
  const period = feedbackPeriod(input.cadence, now);
  const duplicate = () =>
    new AppError(
      "CONFLICT",
      `${feedbackAudienceLabels[input.audience]} already have a round for ${feedbackPeriodLabel(period)} in this programme.`,
    );

  return refuseDuplicate(
    () =>
      db.$transaction(async (tx) => {
        await lockProgram(tx, input.programId);
        const program = await tx.program.findUniqueOrThrow({
          where: { id: input.programId },
          select: { name: true, status: true },
        });
        if (program.status !== "ACTIVE") {
          throw new AppError("CONFLICT", "Feedback rounds are for programmes that are running: start the programme first.");
        }
        const earlier = await tx.feedbackRound.findMany({
          where: { programId: input.programId, audience: input.audience },
          select: { period: true, closesAt: true, closedAt: true },
        });
        if (earlier.some((round) => round.period === period)) throw duplicate();
        const open = earlier.find((round) => feedbackRoundIsOpen(round, now));
        if (open) {
          throw new AppError(
            "CONFLICT",
            `${feedbackAudienceLabels[input.audience]} are still answering the ${feedbackPeriodLabel(open.period)} round, which closes on ${formatDate(feedbackClosingDay(open.closesAt))}. Close it first.`,
          );
        }
        const core = await tx.participation.findMany({
          where: {
            programId: input.programId,
            role: input.audience === "MENTORS" ? "MENTOR" : "MENTEE",
            status: "APPROVED",
            user: { active: true },
          },
          select: { userId: true },
        });
        if (core.length === 0) {
          throw new AppError(
            "CONFLICT",
            `This programme has no approved ${input.audience === "MENTORS" ? "mentors" : "mentees"} to ask.`,
          );
        }
        const round = await tx.feedbackRound.create({
          data: {
            programId: input.programId,
            audience: input.audience,
            cadence: input.cadence,
            period,
            openedAt: now,
            closesAt,
            openedById: actor.id,
          },
          select: { id: true },
        });
        const invites = await tx.feedbackInvite.createManyAndReturn({
          data: core.map((person) => ({ roundId: round.id, userId: person.userId, createdAt: now })),
          select: { id: true, userId: true },
        });
        await notify(
          tx,
          invites.map((invite) => ({
            userId: invite.userId,
            kind: "SURVEY",
            subject: `How is ${program.name} going for you? Feedback for ${feedbackPeriodLabel(period)}`,
            body: `The programme office asks every ${input.audience === "MENTORS" ? "mentor" : "mentee"} four questions about the programme, for ${feedbackPeriodLabel(period)}. Your answers are anonymous: they are shown only as totals of at least five, after the round closes on ${formatDate(feedbackClosingDay(closesAt))}.`,
            link: `/me/feedback/${invite.id}`,
            dedupeKey: `feedback-invite:${invite.id}`,
          })),
        );
        return { id: round.id, invited: invites.length };
      }, queuedTransaction),
    duplicate,
  );
}

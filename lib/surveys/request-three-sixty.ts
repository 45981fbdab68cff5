import "server-only";
import { randomUUID } from "node:crypto";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { isoDay, utcDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { lockRow, queuedTransaction, refuseDuplicate } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { notify } from "@/lib/notifications/notify";
import type { RequestThreeSixtyInput } from "@/lib/surveys/schemas";
import { answerDeadline, lastAnswerDay } from "@/lib/surveys/survey-rules";
import {
  raterPrivacy,
  threeSixtyIntro,
  threeSixtyOpenDays,
  threeSixtyPhaseLabels,
  threeSixtyQuestions,
} from "@/lib/surveys/three-sixty-rules";

const invalid = (field: string, message: string) =>
  new AppError("INVALID_INPUT", "The request needs another look.", { [field]: [message] });

/**
 * A mentee asks colleagues and, if they like, their manager to rate the behaviours they work on
 * with their mentor: once at the start of the pair and once at the end, with the same questions so
 * the change shows. Each rater is asked in their inbox; the pair's row lock and the database's
 * one-per-phase rule make a double request a clear refusal.
 */
export async function requestThreeSixty(
  actor: Actor,
  input: RequestThreeSixtyInput,
  now = new Date(),
): Promise<{ surveyId: string; asked: number }> {
  requirePermission(actor, "own-mentoring:write");
  const phaseWords = threeSixtyPhaseLabels[input.phase].toLowerCase();
  const duplicate = () => new AppError("CONFLICT", `You have already asked for 360 feedback ${phaseWords}.`);
  return refuseDuplicate(
    () =>
      db.$transaction(async (tx) => {
        if (!(await lockRow(tx, "Match", input.pairId))) throw new AppError("NOT_FOUND", "That pair is not yours.");
        const pair = await tx.match.findUniqueOrThrow({
          where: { id: input.pairId },
          select: {
            status: true,
            programId: true,
            program: { select: { name: true } },
            mentor: { select: { userId: true } },
            mentee: {
              select: {
                userId: true,
                user: { select: { name: true, manager: { select: { id: true, name: true, active: true } } } },
              },
            },
            threeSixties: { select: { phase: true, questions: { orderBy: { position: "asc" }, select: { prompt: true } } } },
          },
        });
        if (pair.mentee.userId !== actor.id) throw new AppError("NOT_FOUND", "That pair is not yours.");
        if (pair.status !== "ACTIVE") throw new AppError("CONFLICT", "360 feedback is for pairs that are running.");
        if (pair.threeSixties.some((survey) => survey.phase === input.phase)) throw duplicate();
        const start = pair.threeSixties.find((survey) => survey.phase === "START");
        if (input.phase === "END" && !start) {
          throw invalid("phase", "Ask at the start first, so the end has something to compare with.");
        }
        if (input.colleagueIds.includes(actor.id)) throw invalid("colleagueIds", "Choose colleagues other than yourself.");
        if (input.colleagueIds.includes(pair.mentor.userId)) {
          throw invalid("colleagueIds", "Leave your mentor out: choose colleagues who see your work day to day.");
        }
        const manager = pair.mentee.user.manager;
        if (input.includeManager && (!manager || !manager.active)) {
          throw invalid("includeManager", "The directory has no manager for you, so only colleagues can be asked.");
        }
        if (manager && input.colleagueIds.includes(manager.id)) {
          throw invalid("colleagueIds", `${manager.name} is your manager: ask them with the manager's box, not as a colleague.`);
        }
        const colleagues = await tx.user.count({ where: { id: { in: input.colleagueIds }, active: true } });
        if (colleagues !== input.colleagueIds.length) {
          throw invalid("colleagueIds", "Some of the people chosen are no longer in the directory: choose again.");
        }

        // The end asks exactly what the start asked, so the two can be compared question by question.
        const behaviours = start ? start.questions.slice(0, -1).map((question) => question.prompt) : input.behavioursText;
        const subjectName = pair.mentee.user.name;
        const survey = await tx.survey.create({
          data: {
            programId: pair.programId,
            kind: "THREE_SIXTY",
            subjectId: actor.id,
            pairId: input.pairId,
            phase: input.phase,
            title: `360 feedback for ${subjectName}`,
            intro: threeSixtyIntro(subjectName, input.phase),
            anonymous: true,
            audience: "EVERYONE",
            trigger: "ON_DATE",
            sendOn: utcDay(isoDay(now)),
            openDays: threeSixtyOpenDays,
            status: "LIVE",
            launchedAt: now,
            createdAt: now,
            createdById: actor.id,
            requestKey: randomUUID(),
            questions: { create: threeSixtyQuestions(subjectName, behaviours) },
          },
          select: { id: true },
        });
        const closesAt = answerDeadline(now, threeSixtyOpenDays);
        const raters = [
          ...input.colleagueIds.map((userId) => ({ userId, raterRole: "COLLEAGUE" as const })),
          ...(input.includeManager && manager ? [{ userId: manager.id, raterRole: "MANAGER" as const }] : []),
        ];
        const invites = await tx.surveyInvite.createManyAndReturn({
          data: raters.map((rater) => ({ ...rater, surveyId: survey.id, occasion: "360", sentAt: now, closesAt })),
          select: { id: true, userId: true, raterRole: true },
        });
        await notify(
          tx,
          invites.map((invite) => ({
            userId: invite.userId,
            kind: "SURVEY" as const,
            subject: `${subjectName} asks for your view: 360 feedback`,
            body: `${subjectName} is in ${pair.program.name} and asks you to rate ${behaviours.length} things they are working on with their mentor, by ${formatDate(lastAnswerDay(closesAt))}. ${raterPrivacy(subjectName, invite.raterRole!)}`,
            link: `/me/surveys/${invite.id}`,
            dedupeKey: `survey-invite:${invite.id}`,
          })),
        );
        return { surveyId: survey.id, asked: invites.length };
      }, queuedTransaction),
    duplicate,
  );
}

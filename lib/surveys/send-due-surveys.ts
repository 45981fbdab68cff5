import "server-only";
import { addDays } from "date-fns";
import { db } from "@/lib/db/client";
import type { ParticipantRole, SurveyAudience } from "@/lib/db/generated/client";
import { formatDate } from "@/lib/format";
import { notifyCreated } from "@/lib/notifications/notify-claimed";
import {
  answerDeadline,
  lastAnswerDay,
  occasionIsDue,
  pairSendAt,
  programOccasion,
  programSendAt,
} from "@/lib/surveys/survey-rules";

const rolesOf: Record<SurveyAudience, ParticipantRole[]> = {
  MENTORS: ["MENTOR"],
  MENTEES: ["MENTEE"],
  EVERYONE: ["MENTOR", "MENTEE"],
};

interface WantedInvite {
  surveyId: string;
  userId: string;
  occasion: string;
  matchId: string | null;
  sentAt: Date;
  closesAt: Date;
}

/**
 * Asks everyone a live survey is due for: on its date, a number of days after the programme's
 * start, mid-point or end, or after each pair starts. Runs on the job runner (`surveys.send`) and
 * right after a survey starts. Safe to run as often and as concurrently as the runner likes: the
 * database keeps one invite per person per survey per occasion, and only the run that created an
 * invite notifies about it. An occasion whose answering window has passed is skipped, not sent late.
 */
export async function sendDueSurveys(now: Date, only?: { surveyId: string }): Promise<{ invited: number }> {
  const surveys = await db.survey.findMany({
    // A 360 asks the raters its mentee chose, when they chose them: it has no audience to send to.
    where: { status: "LIVE", kind: "PROGRAMME", ...(only ? { id: only.surveyId } : {}) },
    select: {
      id: true,
      programId: true,
      title: true,
      anonymous: true,
      audience: true,
      trigger: true,
      offsetDays: true,
      sendOn: true,
      openDays: true,
      program: { select: { name: true, startDate: true, endDate: true } },
    },
  });
  const wanted: WantedInvite[] = [];
  for (const survey of surveys) {
    const roles = rolesOf[survey.audience];
    if (survey.trigger === "PAIR_START") {
      // Pairs whose day has come and whose answering window is still open.
      const pairs = await db.match.findMany({
        where: {
          programId: survey.programId,
          status: "ACTIVE",
          startedAt: { lte: addDays(now, -survey.offsetDays), gt: addDays(now, -survey.offsetDays - survey.openDays) },
        },
        select: { id: true, startedAt: true, mentor: { select: { userId: true } }, mentee: { select: { userId: true } } },
      });
      for (const pair of pairs) {
        const sendAt = pairSendAt(survey, pair.startedAt!);
        if (!occasionIsDue(sendAt, survey.openDays, now)) continue;
        const people = [...(roles.includes("MENTOR") ? [pair.mentor] : []), ...(roles.includes("MENTEE") ? [pair.mentee] : [])];
        for (const person of people) {
          wanted.push({
            surveyId: survey.id,
            userId: person.userId,
            occasion: pair.id,
            matchId: pair.id,
            sentAt: now,
            closesAt: answerDeadline(sendAt, survey.openDays),
          });
        }
      }
      continue;
    }
    const sendAt = programSendAt(survey, survey.program);
    if (!sendAt || !occasionIsDue(sendAt, survey.openDays, now)) continue;
    const people = await db.participation.findMany({
      where: { programId: survey.programId, status: "APPROVED", role: { in: roles }, user: { active: true } },
      select: { userId: true },
      distinct: ["userId"],
    });
    for (const person of people) {
      wanted.push({
        surveyId: survey.id,
        userId: person.userId,
        occasion: programOccasion,
        matchId: null,
        sentAt: now,
        closesAt: answerDeadline(sendAt, survey.openDays),
      });
    }
  }
  const surveyById = new Map(surveys.map((survey) => [survey.id, survey]));
  const invited = await notifyCreated(
    wanted,
    (tx, data) =>
      tx.surveyInvite.createManyAndReturn({
        data,
        skipDuplicates: true,
        select: { id: true, surveyId: true, userId: true, closesAt: true },
      }),
    (invite) => {
      const survey = surveyById.get(invite.surveyId)!;
      const privacy = survey.anonymous
        ? "Your answers are anonymous: the programme office sees them only as totals of at least five people, never who answered what."
        : "The programme office sees your answers with your name.";
      return {
        userId: invite.userId,
        kind: "SURVEY",
        subject: `${survey.program.name}: ${survey.title}`,
        body: `The programme office asks a few questions. Answer by ${formatDate(lastAnswerDay(invite.closesAt))}. ${privacy}`,
        link: `/me/surveys/${invite.id}`,
        dedupeKey: `survey-invite:${invite.id}`,
      };
    },
  );
  return { invited };
}

import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { hrEventFields } from "@/lib/hr/import";

/**
 * Everything Pairwise holds about the signed-in person, as one JSON document they can download.
 * Two things are deliberately not in it, and the document says so: pulse, feedback and anonymous
 * survey answers, which are stored without a name and cannot be traced back to anyone, and the programme office's
 * private check-in notes (the check-ins themselves are listed).
 */
export async function myData(actor: Actor, now = new Date()) {
  requirePermission(actor, "own-profile:write");
  const me = { userId: actor.id };
  const [
    account,
    participations,
    matches,
    reflections,
    helpRequests,
    notifications,
    preferences,
    completions,
    hrEvents,
    pulses,
    feedback,
    surveys,
    namedAnswers,
    nominations,
    sponsorships,
  ] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: {
        name: true,
        email: true,
        role: true,
        title: true,
        level: true,
        location: true,
        timeZone: true,
        hireDate: true,
        createdAt: true,
        department: { select: { name: true } },
        manager: { select: { name: true } },
        profile: { omit: { id: true, userId: true } },
      },
    }),
    db.participation.findMany({
      where: me,
      select: {
        role: true,
        status: true,
        capacity: true,
        appliedAt: true,
        decidedAt: true,
        readinessCompletedAt: true,
        codeOfConductAcceptedAt: true,
        program: { select: { name: true } },
        answers: { select: { values: true, question: { select: { prompt: true } } } },
        readinessCheck: { select: { ratings: true, reflection: true, submittedAt: true } },
        checkIns: { select: { heldOn: true, channel: true, outcome: true } },
      },
    }),
    db.match.findMany({
      where: { OR: [{ mentor: me }, { mentee: me }] },
      select: {
        status: true,
        startedAt: true,
        endedAt: true,
        program: { select: { name: true } },
        mentor: { select: { user: { select: { name: true } } } },
        mentee: { select: { user: { select: { name: true } } } },
        agreement: { omit: { id: true, matchId: true } },
        goals: { select: { title: true, measure: true, target: true, support: true, dueOn: true, status: true, progress: true } },
        sessions: {
          orderBy: { occurredAt: "asc" },
          select: {
            status: true,
            format: true,
            place: true,
            occurredAt: true,
            durationMinutes: true,
            topic: true,
            progress: true,
            difficulties: true,
            nextSteps: true,
          },
        },
        checkIns: { select: { heldOn: true, channel: true, outcome: true, withWhom: true } },
      },
    }),
    db.sessionReflection.findMany({ where: { authorId: actor.id }, select: { body: true, createdAt: true, updatedAt: true } }),
    db.helpRequest.findMany({ where: { raisedById: actor.id }, select: { message: true, createdAt: true, resolvedAt: true } }),
    db.notification.findMany({
      where: me,
      orderBy: { createdAt: "asc" },
      select: { kind: true, subject: true, body: true, link: true, createdAt: true, readAt: true },
    }),
    db.notificationPreference.findMany({ where: me, select: { kind: true, delivery: true } }),
    db.resourceCompletion.findMany({ where: me, select: { completedAt: true, resource: { select: { title: true } } } }),
    db.hrEvent.findMany({
      where: me,
      orderBy: { occurredOn: "asc" },
      select: hrEventFields,
    }),
    db.pulseInvite.findMany({ where: me, select: { round: true, dueAt: true, respondedAt: true } }),
    db.feedbackInvite.findMany({ where: me, select: { respondedAt: true, round: { select: { period: true } } } }),
    db.surveyInvite.findMany({
      where: me,
      select: { sentAt: true, closesAt: true, respondedAt: true, survey: { select: { title: true, anonymous: true } } },
    }),
    db.surveyResponse.findMany({
      where: { respondentId: actor.id },
      select: {
        submittedAt: true,
        survey: { select: { title: true } },
        answers: { select: { number: true, choices: true, text: true, question: { select: { prompt: true } } } },
      },
    }),
    db.nomination.findMany({
      where: { nomineeId: actor.id },
      select: { role: true, note: true, createdAt: true, program: { select: { name: true } } },
    }),
    db.program.findMany({
      where: { sponsorId: actor.id },
      select: { name: true, sponsorAskedAt: true, sponsorSignedOffAt: true, sponsorNotYetAt: true, sponsorComment: true },
    }),
  ]);
  await recordAudit(
    db,
    actor,
    { action: "person.data-downloaded", target: { type: "User", id: actor.id }, summary: `${actor.name} downloaded their data` },
    now,
  );
  return {
    about: {
      generatedAt: now.toISOString(),
      notIncluded: [
        "Your pulse, feedback-round and anonymous survey answers: they are stored without your name, so no one (you included) can find them again. Below is only when you were asked and whether you answered.",
        "The programme office's private notes on check-ins: the check-ins themselves are listed.",
      ],
    },
    account,
    programmes: participations,
    pairs: matches,
    privateSessionReflections: reflections,
    helpRequests,
    resourcesCompleted: completions,
    nominations,
    sponsorSignOffs: sponsorships,
    surveysAsked: { pulses, feedbackRounds: feedback, surveys },
    namedSurveyAnswers: namedAnswers,
    hrOutcomes: hrEvents,
    inbox: notifications,
    emailChoices: preferences,
  };
}

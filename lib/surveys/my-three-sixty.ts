import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ThreeSixtyPhase } from "@/lib/surveys/schemas";
import { fullBatches, lastAnswerDay } from "@/lib/surveys/survey-rules";
import { minimumRaters, type RaterChoice } from "@/lib/surveys/three-sixty-rules";

export interface ThreeSixtyRound {
  phase: ThreeSixtyPhase;
  sentAt: Date;
  lastDay: Date;
  open: boolean;
  colleaguesAsked: number;
  colleaguesAnswered: number;
  /** Colleague answers the figures below are drawn from: whole groups of three only. */
  colleaguesShown: number;
  manager: { name: string; answered: boolean; shared: boolean } | null;
  behaviours: { prompt: string; colleagues: number | null; manager: number | null }[];
  colleagueComments: string[];
  managerComment: string | null;
}

export interface MyThreeSixty {
  pairId: string;
  programName: string;
  mentorName: string;
  managerName: string | null;
  rounds: ThreeSixtyRound[];
  /** Colleagues' averages at the start and the end, side by side, once both can be shown. */
  change: { prompt: string; start: number; end: number; difference: number }[];
  /** What to ask next, if anything: the start first, then the end. */
  next: ThreeSixtyPhase | null;
  /** Suggestions for the form: the pair's goals at the start; the end repeats the start's questions. */
  suggestedBehaviours: string[];
  /** Who asked last time, so the end goes to the same people by default. */
  previousColleagueIds: string[];
  colleagueChoices: RaterChoice[];
}

const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/**
 * The mentee's own 360 feedback on one of their pairs: colleagues' ratings only as averages of whole
 * groups of three answers (so no total moves by one person), comments without names, and the
 * manager's answers apart, only if the manager agreed. Nobody else can open it.
 */
export async function myThreeSixty(actor: Actor, pairId: string, now = new Date()): Promise<MyThreeSixty> {
  requirePermission(actor, "own-mentoring:read");
  const pair = await db.match.findUnique({
    // Only the mentee's own pair is ever read.
    where: { id: pairId, mentee: { userId: actor.id } },
    select: {
      id: true,
      status: true,
      program: { select: { name: true } },
      mentor: { select: { userId: true, user: { select: { name: true } } } },
      mentee: {
        select: {
          user: { select: { departmentId: true, manager: { select: { id: true, name: true, active: true } } } },
        },
      },
      goals: { orderBy: { dueOn: "asc" }, select: { title: true } },
      threeSixties: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          phase: true,
          status: true,
          launchedAt: true,
          openDays: true,
          questions: { orderBy: { position: "asc" }, select: { id: true, kind: true, prompt: true } },
          invites: {
            select: { userId: true, raterRole: true, closesAt: true, respondedAt: true, user: { select: { name: true } } },
          },
          responses: {
            select: {
              raterRole: true,
              batch: true,
              sharedWithSubject: true,
              answers: { select: { questionId: true, number: true, text: true } },
            },
          },
        },
      },
    },
  });
  if (!pair) throw new AppError("NOT_FOUND", "That pair is not yours.");

  const rounds = pair.threeSixties.map((survey): ThreeSixtyRound => {
    const colleagueInvites = survey.invites.filter((invite) => invite.raterRole === "COLLEAGUE");
    const managerInvite = survey.invites.find((invite) => invite.raterRole === "MANAGER");
    const colleagueResponses = survey.responses.filter((response) => response.raterRole === "COLLEAGUE");
    const groups = fullBatches(colleagueResponses.length, minimumRaters);
    const shownColleagues = colleagueResponses.filter((response) => response.batch !== null && response.batch < groups);
    const managerResponse = survey.responses.find((response) => response.raterRole === "MANAGER" && response.sharedWithSubject);
    const scales = survey.questions.filter((question) => question.kind === "SCALE");
    const comment = survey.questions.find((question) => question.kind === "LONG_TEXT");
    const closesAt = colleagueInvites[0]?.closesAt ?? managerInvite?.closesAt ?? now;
    return {
      phase: survey.phase as ThreeSixtyPhase,
      sentAt: survey.launchedAt ?? now,
      lastDay: lastAnswerDay(closesAt),
      open: survey.status === "LIVE" && closesAt > now,
      colleaguesAsked: colleagueInvites.length,
      colleaguesAnswered: colleagueResponses.length,
      colleaguesShown: shownColleagues.length,
      manager: managerInvite
        ? { name: managerInvite.user.name, answered: managerInvite.respondedAt !== null, shared: Boolean(managerResponse) }
        : null,
      behaviours: scales.map((question) => ({
        prompt: question.prompt,
        colleagues: mean(
          shownColleagues.flatMap((r) =>
            r.answers.filter((a) => a.questionId === question.id && a.number !== null).map((a) => a.number!),
          ),
        ),
        manager: managerResponse?.answers.find((a) => a.questionId === question.id)?.number ?? null,
      })),
      colleagueComments: comment
        ? shownColleagues
            .flatMap((r) => r.answers.filter((a) => a.questionId === comment.id && a.text).map((a) => a.text!))
            .sort((a, b) => a.localeCompare(b))
        : [],
      managerComment: (comment && managerResponse?.answers.find((a) => a.questionId === comment.id)?.text) ?? null,
    };
  });

  const asked = new Set(rounds.map((round) => round.phase));
  const next: ThreeSixtyPhase | null =
    pair.status !== "ACTIVE" ? null : !asked.has("START") ? "START" : !asked.has("END") ? "END" : null;
  const start = pair.threeSixties.find((survey) => survey.phase === "START");
  const manager = pair.mentee.user.manager;
  const previousColleagueIds = start
    ? start.invites.filter((invite) => invite.raterRole === "COLLEAGUE").map((invite) => invite.userId)
    : [];
  // The mentee's department, and whoever they asked at the start wherever they work; the form
  // searches the rest of the directory (lib/surveys/find-raters.ts).
  const colleagueChoices = (
    await db.user.findMany({
      where: {
        active: true,
        OR: [{ departmentId: pair.mentee.user.departmentId ?? "-" }, { id: { in: previousColleagueIds } }],
        id: { notIn: [actor.id, pair.mentor.userId, ...(manager ? [manager.id] : [])] },
      },
      orderBy: { name: "asc" },
      take: 300,
      select: { id: true, name: true, title: true, department: { select: { name: true } } },
    })
  ).map(({ department, ...person }): RaterChoice => ({ ...person, department: department?.name ?? null }));
  const [first, last] = [rounds.find((r) => r.phase === "START"), rounds.find((r) => r.phase === "END")];
  const change =
    first && last
      ? first.behaviours.flatMap((behaviour) => {
          const end = last.behaviours.find((b) => b.prompt === behaviour.prompt)?.colleagues ?? null;
          return behaviour.colleagues === null || end === null
            ? []
            : [{ prompt: behaviour.prompt, start: behaviour.colleagues, end, difference: end - behaviour.colleagues }];
        })
      : [];
  return {
    pairId: pair.id,
    programName: pair.program.name,
    mentorName: pair.mentor.user.name,
    managerName: manager?.active ? manager.name : null,
    rounds,
    change,
    next,
    suggestedBehaviours: start
      ? start.questions.filter((question) => question.kind === "SCALE").map((question) => question.prompt)
      : pair.goals.map((goal) => goal.title),
    previousColleagueIds,
    colleagueChoices,
  };
}

/**
 * Every server action (each `export async function` in app/**\/actions.ts) and the callers it must
 * refuse. tests/integration/action-refusals.integration.test.ts calls each action as each of those
 * callers and checks that nothing in the database changed; an action missing here fails that test.
 *
 * Adding an action: add an entry under its exported name, with an input that passes its schema
 * (so the refusal comes from the domain's permission check, not from validation), built from the
 * world below where it needs ids.
 */
import { defaultMatchingConfig } from "@/lib/matching/config";
import { qualities } from "@/lib/readiness/qualities";
import { blankSurvey } from "@/lib/surveys/survey-templates";

/** Who calls: nobody signed in, an employee, an executive, a mentee of another programme (B). */
export type Caller = "signed-out" | "employee" | "executive" | "other-participant";

/** The data every refusal runs against; see tests/factories.ts `createRefusalWorld`. */
export interface RefusalWorld {
  /** Programme A (enrolment open), where the ids below live; the other participant is in B. */
  programId: string;
  programSlug: string;
  mentorId: string;
  menteeId: string;
  mentorUserId: string;
  runId: string;
  proposalId: string;
  otherProposalId: string;
  liveMatchId: string;
  requestId: string;
  goalId: string;
  questionId: string;
  skillId: string;
  otherSkillId: string;
  resourceId: string;
  departmentId: string;
  /** An unanswered pulse of the live pair's mentee: nobody else may answer it. */
  pulseInviteId: string;
  /** An open feedback round for programme A's mentees, and the live pair's mentee's invite to it. */
  feedbackRoundId: string;
  feedbackInviteId: string;
  /** A live survey of programme A with one 1–5 question, the live pair's mentee's invite to it, and a draft. */
  surveyId: string;
  surveyQuestionId: string;
  surveyInviteId: string;
  draftSurveyId: string;
}

export interface CatalogueEntry {
  refuses: readonly Caller[];
  input: (world: RefusalWorld) => unknown;
}

const everyone = ["signed-out", "employee", "executive", "other-participant"] as const satisfies readonly Caller[];
/** Actions for the programme office (coordinators and admins) only. */
const officeOnly = everyone;
/** Actions any signed-in person takes for themselves: only a signed-out caller is refused. */
const signedIn = ["signed-out"] as const satisfies readonly Caller[];
/** Actions on a pairing, request or readiness check of programme A: its outsiders are refused. */
const participantsOnly = everyone;

/** One entry for each action named in `inputs`, each refusing the same callers. */
function refusedTo(refuses: readonly Caller[], inputs: Record<string, CatalogueEntry["input"]>): Record<string, CatalogueEntry> {
  return Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, { refuses, input }]));
}

const programFields = {
  name: "Refused programme",
  type: "ONE_TO_ONE",
  purpose: "Never created.",
  startDate: "2027-01-10",
  endDate: "2027-07-10",
};

export const actionCatalogue: Record<string, CatalogueEntry> = {
  // app/(app)/programs/actions.ts
  ...refusedTo(officeOnly, {
    createProgramAction: () => programFields,
    updateProgramDetailsAction: (w) => ({
      ...programFields,
      programId: w.programId,
      maxGroupSize: null,
      targetMentors: null,
      targetMentees: null,
      meetingCadence: "",
      scopeDepartmentIds: [],
      scopeLocations: "",
      codeOfConduct: "",
    }),
    addGoalAction: (w) => ({ programId: w.programId, title: "Never added", objective: "Nothing changes." }),
    removeGoalAction: (w) => ({ id: w.goalId }),
    addQuestionAction: (w) => ({
      programId: w.programId,
      prompt: "Never asked?",
      kind: "SHORT_TEXT",
      audience: "BOTH",
      options: "",
      required: false,
      useForMatching: false,
    }),
    removeQuestionAction: (w) => ({ id: w.questionId }),
    moveQuestionAction: (w) => ({ id: w.questionId, direction: "up" }),
    changeProgramStatusAction: (w) => ({ programId: w.programId, to: "MATCHING" }),
    duplicateProgramAction: (w) => ({ id: w.programId }),
    decideApplicationsAction: (w) => ({ programId: w.programId, participationIds: [w.menteeId], decision: "DECLINED", note: "" }),
    moveOnWaitlistAction: (w) => ({ participationId: w.menteeId, position: 1 }),
    updateResponsibilitiesAction: (w) => ({
      programId: w.programId,
      mentorResponsibilities: "x",
      menteeResponsibilities: "x",
      coordinatorResponsibilities: "x",
      resourcesNeeded: "x",
    }),
    addStageAction: (w) => ({
      programId: w.programId,
      activity: "Never planned",
      startsOn: "2027-01-10",
      endsOn: "2027-01-20",
      owner: "Nobody",
    }),
    addBudgetLineAction: (w) => ({ programId: w.programId, description: "Never spent", category: "OTHER", amount: "100" }),
    addCommunicationAction: (w) => ({
      programId: w.programId,
      message: "Never sent",
      audience: "Everyone",
      channel: "EMAIL",
      plannedOn: "2027-01-10",
    }),
    setCommunicationSentAction: (w) => ({ id: w.goalId, sent: true }),
    removeBlueprintItemAction: (w) => ({ kind: "stage", id: w.goalId }),
    askSponsorAction: (w) => ({ programId: w.programId, sponsorId: w.mentorUserId }),
    inviteToProgramAction: (w) => ({ programId: w.programId, userIds: [], departmentIds: [w.departmentId], message: "" }),

    // app/(app)/matching/actions.ts
    saveMatchingSettingsAction: (w) => ({
      programId: w.programId,
      mode: "ADMIN",
      config: defaultMatchingConfig,
      selfMatchRequestLimit: 3,
      selfMatchResponseDays: 5,
    }),
    runMatchingAction: (w) => ({ programId: w.programId }),
    publishRunAction: (w) => ({ runId: w.runId }),
    // app/(app)/programs/[programId]/pairs/groups/actions.ts: the programme office's group changes.
    addCoMentorAction: (w) => ({ groupId: "any-group", mentorId: w.mentorId }),
    endGroupAction: () => ({ groupId: "any-group", reason: "The circle has run its course." }),
    discardRunAction: (w) => ({ runId: w.runId }),
    setConstraintAction: (w) => ({ programId: w.programId, menteeId: w.menteeId, mentorId: w.mentorId, kind: "FORBID" }),
    assignManuallyAction: (w) => ({ matchId: w.proposalId, mentorId: w.mentorId }),
    endAndRematchAction: (w) => ({ matchId: w.liveMatchId, reason: "Never ended" }),
    swapProposalsAction: (w) => ({ matchId: w.proposalId, otherMatchId: w.otherProposalId }),
  }),

  // app/(app)/me/mentoring/actions.ts
  ...refusedTo(participantsOnly, {
    requestMentorsAction: (w) => ({ programId: w.programId, mentorIds: [w.mentorId], message: "" }),
    withdrawRequestsAction: (w) => ({ programId: w.programId }),
    respondToRequestAction: (w) => ({ requestId: w.requestId, accept: true }),
    confirmMatchAction: (w) => ({ matchId: w.liveMatchId, accept: false }),
    flagMatchAction: (w) => ({ matchId: w.liveMatchId, reason: "Never flagged" }),

    // app/(app)/me/pulses/actions.ts
    answerPulseAction: (w) => ({
      inviteId: w.pulseInviteId,
      satisfaction: 1,
      progress: 1,
      fit: 1,
      recommend: 0,
      comment: "Never sent.",
    }),
    answerFlashPulseAction: (w) => ({ inviteId: w.pulseInviteId, satisfaction: 1, recommend: 0, comment: "Never sent." }),

    // app/(app)/me/feedback/actions.ts
    answerFeedbackAction: (w) => ({
      inviteId: w.feedbackInviteId,
      benefit: 1,
      experience: 1,
      usefulness: 1,
      resources: 1,
      benefitsText: "",
      suggestion: "Never sent.",
    }),

    // app/(app)/me/surveys/actions.ts
    answerSurveyAction: (w) => ({ inviteId: w.surveyInviteId, answers: { [w.surveyQuestionId]: "1" } }),
  }),

  // app/(app)/me/feedback-360/actions.ts: only the live pair's mentee may ask, and none of the callers is.
  ...refusedTo(everyone, {
    requestThreeSixtyAction: (w) => ({
      pairId: w.liveMatchId,
      phase: "START",
      behavioursText: "Explains decisions\nAsks for help",
      colleagueIds: [w.mentorUserId, "someone-b", "someone-c"],
      includeManager: false,
    }),
  }),

  // app/(app)/programs/[programId]/surveys/actions.ts
  ...refusedTo(officeOnly, {
    saveSurveyAction: (w) => ({
      programId: w.programId,
      requestKey: "00000000-0000-4000-8000-00000000beef",
      ...blankSurvey,
      title: "Never sent",
      questions: [{ kind: "SCALE", prompt: "Never asked?", required: true, optionsText: "" }],
      launch: true,
    }),
    closeSurveyAction: (w) => ({ surveyId: w.surveyId }),
    deleteSurveyDraftAction: (w) => ({ surveyId: w.draftSurveyId }),
  }),

  // app/(app)/me/sign-off/actions.ts: programme A's sponsor is its mentor, none of the callers.
  ...refusedTo(everyone, {
    signOffProgrammeAction: (w) => ({ programId: w.programId, comment: "" }),
    sayNotYetAction: (w) => ({ programId: w.programId, comment: "Never sent." }),
  }),

  // app/(app)/programs/[programId]/check-ins/actions.ts
  ...refusedTo(officeOnly, {
    openFeedbackRoundAction: (w) => ({
      programId: w.programId,
      audience: "MENTORS",
      cadence: "QUARTERLY",
      closesOn: "2099-01-20",
    }),
    closeFeedbackRoundAction: (w) => ({ roundId: w.feedbackRoundId }),
    recordFeedbackActionAction: (w) => ({
      roundId: w.feedbackRoundId,
      requestKey: "00000000-0000-4000-8000-00000000f00d",
      youSaid: "Never said.",
      weDid: "Never done.",
    }),
  }),

  // app/(app)/me/learning/actions.ts
  ...refusedTo(signedIn, {
    setResourceCompletionAction: (w) => ({ id: w.resourceId, completed: true }),
  }),
  ...refusedTo(participantsOnly, {
    submitReadinessAction: (w) => ({
      participationId: w.mentorId,
      ratings: Object.fromEntries(qualities.map((q) => [q, 4])),
      reflection: "",
    }),
  }),

  // app/(app)/me/profile/actions.ts
  ...refusedTo(signedIn, {
    updateOwnProfileAction: () => ({}),
    saveLearningStyleAction: () => ({}),

    // app/(app)/enrol/actions.ts
    applyToProgramAction: (w) => ({ slug: w.programSlug, role: "MENTEE", capacity: 1, answers: {}, acceptCodeOfConduct: true }),
  }),
  ...refusedTo(participantsOnly, {
    nominateReportAction: (w) => ({ slug: w.programSlug, nomineeId: w.mentorUserId, role: "MENTEE", note: "" }),

    respondToOfferAction: () => ({ offerId: "no-such-offer", accept: true }),
    withdrawFromProgramAction: (w) => ({ participationId: w.menteeId }),
    changeMentorCapacityAction: (w) => ({ participationId: w.mentorId, capacity: 1 }),
  }),

  // app/(app)/check-ins/actions.ts
  ...refusedTo(officeOnly, {
    recordCheckInAction: (w) => ({
      programId: w.programId,
      matchId: w.liveMatchId,
      requestKey: "5b0c6f1e-8d2a-4c61-9d7e-3f1a2b4c5d6e",
      heldOn: "2026-11-20",
      withWhom: "BOTH",
      channel: "CALL",
      outcome: "ON_TRACK",
      note: "Never recorded.",
      followUpOn: "",
    }),
    snoozeAction: (w) => ({ programId: w.programId, matchId: w.liveMatchId, until: "2026-12-20", reason: "Never snoozed" }),
    resolveAction: (w) => ({ programId: w.programId, matchId: w.liveMatchId, reason: "Never resolved" }),
    updateCheckInPolicyAction: (w) => ({
      programId: w.programId,
      firstSessionDays: 14,
      cadenceDays: 30,
      agreementDays: 30,
      checkInEveryDays: 60,
      lowPulseThreshold: 2,
      unansweredRequestLimit: 2,
    }),

    // app/(app)/programs/[programId]/check-ins/actions.ts
    unpauseMentorAction: (w) => ({ participationId: w.mentorId }),

    // app/(app)/programs/[programId]/evaluation/actions.ts
    saveKpiRowAction: (w) => ({
      programId: w.programId,
      measure: "Never saved",
      metric: "MATCH_RATE",
      audience: "ORGANISATION",
      level: 1,
      horizon: "SHORT_TERM",
      baseline: "",
      target: "90",
      owner: "Nobody",
    }),
    deleteKpiRowAction: (w) => ({ programId: w.programId, rowId: "no-such-row" }),
    applyKpiTemplateAction: (w) => ({ programId: w.programId, template: "onboarding" }),
    saveRoiAssumptionsAction: (w) => ({
      programId: w.programId,
      replacementCostShare: 50,
      isolation: 50,
      confidence: 80,
      hourlyOverhead: 30,
      coordinatorHours: 100,
      coordinatorHourlyRate: 50,
      intangibles: "",
    }),

    // app/(app)/resources/actions.ts
    addResourceAction: () => ({
      title: "Never added",
      description: "",
      kind: "GUIDE",
      audience: "BOTH",
      programId: "",
      url: "https://example.com/never",
      requiredForReadiness: false,
      file: null,
    }),
    removeResourceAction: (w) => ({ id: w.resourceId }),

    // app/(app)/skills/actions.ts
    addSkillAction: () => ({ name: "Never added" }),
    approveSkillAction: (w) => ({ id: w.skillId }),
    mergeSkillAction: (w) => ({ fromId: w.skillId, intoId: w.otherSkillId }),

    // app/(app)/people/actions.ts and people/import/actions.ts
    changeUserRoleAction: (w) => ({ userId: w.mentorUserId, role: "ADMIN" }),
    previewPeopleImportAction: () => ({ csv: "name,email\nNobody,nobody@test.example\n" }),
    applyPeopleImportAction: () => ({ csv: "name,email\nNobody,nobody@test.example\n" }),
    // app/(app)/people/actions.ts: accounts (administrators)
    setAccountActiveAction: (w) => ({ userId: w.mentorUserId, active: false }),
    unlockSignInAction: (w) => ({ userId: w.mentorUserId }),
    sendPasswordResetAction: (w) => ({ userId: w.mentorUserId }),
    erasePersonAction: (w) => ({ userId: w.mentorUserId }),

    // app/(app)/admin/jobs/actions.ts
    retryJobAction: () => ({ jobId: "no-such-job" }),
    updateJobScheduleAction: () => ({ name: "deliver-outbox", cron: "0 7 * * 1" }),

    // app/(app)/admin/settings/actions.ts
    updateOrganizationSettingsAction: () => ({ currency: "USD" }),

    // app/(app)/hr/import/actions.ts
    previewHrImportAction: () => ({ csv: "email\nnobody@test.example\n" }),
    applyHrImportAction: () => ({ csv: "email\nnobody@test.example\n" }),

    // app/(app)/programs/[programId]/agreement/actions.ts
    updateAgreementTemplateAction: (w) => ({
      programId: w.programId,
      cadence: "Every two weeks",
      meetingFormat: "Video call",
      confidentiality: "What we say stays between us.",
      ending: "Either of us can end it.",
      expectations: "",
    }),
  }),

  // Signed-in people acting for themselves. The pair actions check membership in their lib verbs;
  // with a pair of programme A in the world they can also be made to refuse other-participant.
  ...refusedTo(signedIn, {
    changePasswordAction: () => ({}),
    markReadAction: () => ({}),
    markAllReadAction: () => ({}),
    savePreferencesAction: () => ({}),
    proposeSessionAction: () => ({}),
    rescheduleSessionAction: () => ({}),
    respondToProposalAction: () => ({}),
    cancelSessionAction: () => ({}),
    logSessionAction: () => ({}),
    confirmSessionAction: () => ({}),
    askForHelpAction: () => ({}),
    signAgreementAction: () => ({}),
    updateAgreementAction: () => ({}),
    createPairGoalAction: () => ({}),
    updateGoalProgressAction: () => ({}),
    setMilestoneDoneAction: () => ({}),
    createCalendarFeedAction: () => ({}),
    revokeCalendarFeedAction: () => ({}),
    // Group members' actions check membership in their lib verbs (lib/groups/group-access.ts).
    scheduleGroupSessionAction: () => ({}),
    logGroupSessionAction: () => ({}),
    cancelGroupSessionAction: () => ({}),
    signGroupAgreementAction: () => ({}),
    updateGroupAgreementAction: () => ({}),
    leaveGroupAction: () => ({}),
  }),

  // app/(auth)/reset-password/[token]/actions.ts: public; the emailed token is the permission.
  ...refusedTo([], {
    resetPasswordAction: () => ({}),
  }),
};

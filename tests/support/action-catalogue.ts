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
const officeOnly = { refuses: everyone } as const;
/** Actions any signed-in person takes for themselves: only a signed-out caller is refused. */
const signedIn = ["signed-out"] as const satisfies readonly Caller[];
/** Actions on a pairing, request or readiness check of programme A: its outsiders are refused. */
const participantsOnly = everyone;

const programFields = {
  name: "Refused programme",
  type: "ONE_TO_ONE",
  purpose: "Never created.",
  startDate: "2027-01-10",
  endDate: "2027-07-10",
};

export const actionCatalogue: Record<string, CatalogueEntry> = {
  // app/(app)/programs/actions.ts
  createProgramAction: { ...officeOnly, input: () => programFields },
  updateProgramDetailsAction: {
    ...officeOnly,
    input: (w) => ({
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
  },
  addGoalAction: {
    ...officeOnly,
    input: (w) => ({ programId: w.programId, title: "Never added", objective: "Nothing changes." }),
  },
  removeGoalAction: { ...officeOnly, input: (w) => ({ id: w.goalId }) },
  addQuestionAction: {
    ...officeOnly,
    input: (w) => ({
      programId: w.programId,
      prompt: "Never asked?",
      kind: "SHORT_TEXT",
      audience: "BOTH",
      options: "",
      required: false,
      useForMatching: false,
    }),
  },
  removeQuestionAction: { ...officeOnly, input: (w) => ({ id: w.questionId }) },
  moveQuestionAction: { ...officeOnly, input: (w) => ({ id: w.questionId, direction: "up" }) },
  changeProgramStatusAction: { ...officeOnly, input: (w) => ({ programId: w.programId, to: "MATCHING" }) },
  duplicateProgramAction: { ...officeOnly, input: (w) => ({ id: w.programId }) },
  decideApplicationsAction: {
    ...officeOnly,
    input: (w) => ({ programId: w.programId, participationIds: [w.menteeId], decision: "DECLINED", note: "" }),
  },
  moveOnWaitlistAction: {
    ...officeOnly,
    input: (w) => ({ participationId: w.menteeId, position: 1 }),
  },
  updateResponsibilitiesAction: {
    ...officeOnly,
    input: (w) => ({
      programId: w.programId,
      mentorResponsibilities: "x",
      menteeResponsibilities: "x",
      coordinatorResponsibilities: "x",
      resourcesNeeded: "x",
    }),
  },
  addStageAction: {
    ...officeOnly,
    input: (w) => ({
      programId: w.programId,
      activity: "Never planned",
      startsOn: "2027-01-10",
      endsOn: "2027-01-20",
      owner: "Nobody",
    }),
  },
  addBudgetLineAction: {
    ...officeOnly,
    input: (w) => ({ programId: w.programId, description: "Never spent", category: "OTHER", amount: "100" }),
  },
  addCommunicationAction: {
    ...officeOnly,
    input: (w) => ({
      programId: w.programId,
      message: "Never sent",
      audience: "Everyone",
      channel: "EMAIL",
      plannedOn: "2027-01-10",
    }),
  },
  setCommunicationSentAction: { ...officeOnly, input: (w) => ({ id: w.goalId, sent: true }) },
  removeBlueprintItemAction: { ...officeOnly, input: (w) => ({ kind: "stage", id: w.goalId }) },
  askSponsorAction: { ...officeOnly, input: (w) => ({ programId: w.programId, sponsorId: w.mentorUserId }) },
  inviteToProgramAction: {
    ...officeOnly,
    input: (w) => ({ programId: w.programId, userIds: [], departmentIds: [w.departmentId], message: "" }),
  },

  // app/(app)/matching/actions.ts
  saveMatchingSettingsAction: {
    ...officeOnly,
    input: (w) => ({
      programId: w.programId,
      mode: "ADMIN",
      config: defaultMatchingConfig,
      selfMatchRequestLimit: 3,
      selfMatchResponseDays: 5,
    }),
  },
  runMatchingAction: { ...officeOnly, input: (w) => ({ programId: w.programId }) },
  publishRunAction: { ...officeOnly, input: (w) => ({ runId: w.runId }) },
  // app/(app)/programs/[programId]/pairs/groups/actions.ts: the programme office's group changes.
  addCoMentorAction: { ...officeOnly, input: (w) => ({ groupId: "any-group", mentorId: w.mentorId }) },
  endGroupAction: { ...officeOnly, input: () => ({ groupId: "any-group", reason: "The circle has run its course." }) },
  discardRunAction: { ...officeOnly, input: (w) => ({ runId: w.runId }) },
  setConstraintAction: {
    ...officeOnly,
    input: (w) => ({ programId: w.programId, menteeId: w.menteeId, mentorId: w.mentorId, kind: "FORBID" }),
  },
  assignManuallyAction: { ...officeOnly, input: (w) => ({ matchId: w.proposalId, mentorId: w.mentorId }) },
  endAndRematchAction: { ...officeOnly, input: (w) => ({ matchId: w.liveMatchId, reason: "Never ended" }) },
  swapProposalsAction: { ...officeOnly, input: (w) => ({ matchId: w.proposalId, otherMatchId: w.otherProposalId }) },

  // app/(app)/me/mentoring/actions.ts
  requestMentorsAction: {
    refuses: participantsOnly,
    input: (w) => ({ programId: w.programId, mentorIds: [w.mentorId], message: "" }),
  },
  withdrawRequestsAction: { refuses: participantsOnly, input: (w) => ({ programId: w.programId }) },
  respondToRequestAction: { refuses: participantsOnly, input: (w) => ({ requestId: w.requestId, accept: true }) },
  confirmMatchAction: { refuses: participantsOnly, input: (w) => ({ matchId: w.liveMatchId, accept: false }) },
  flagMatchAction: { refuses: participantsOnly, input: (w) => ({ matchId: w.liveMatchId, reason: "Never flagged" }) },

  // app/(app)/me/pulses/actions.ts
  answerPulseAction: {
    refuses: participantsOnly,
    input: (w) => ({ inviteId: w.pulseInviteId, satisfaction: 1, progress: 1, fit: 1, recommend: 0, comment: "Never sent." }),
  },
  answerFlashPulseAction: {
    refuses: participantsOnly,
    input: (w) => ({ inviteId: w.pulseInviteId, satisfaction: 1, recommend: 0, comment: "Never sent." }),
  },

  // app/(app)/me/feedback/actions.ts
  answerFeedbackAction: {
    refuses: participantsOnly,
    input: (w) => ({
      inviteId: w.feedbackInviteId,
      benefit: 1,
      experience: 1,
      usefulness: 1,
      resources: 1,
      benefitsText: "",
      suggestion: "Never sent.",
    }),
  },

  // app/(app)/me/surveys/actions.ts
  answerSurveyAction: {
    refuses: participantsOnly,
    input: (w) => ({ inviteId: w.surveyInviteId, answers: { [w.surveyQuestionId]: "1" } }),
  },

  // app/(app)/me/feedback-360/actions.ts: only the live pair's mentee may ask, and none of the callers is.
  requestThreeSixtyAction: {
    refuses: everyone,
    input: (w) => ({
      pairId: w.liveMatchId,
      phase: "START",
      behavioursText: "Explains decisions\nAsks for help",
      colleagueIds: [w.mentorUserId, "someone-b", "someone-c"],
      includeManager: false,
    }),
  },

  // app/(app)/programs/[programId]/surveys/actions.ts
  saveSurveyAction: {
    ...officeOnly,
    input: (w) => ({
      programId: w.programId,
      requestKey: "00000000-0000-4000-8000-00000000beef",
      ...blankSurvey,
      title: "Never sent",
      questions: [{ kind: "SCALE", prompt: "Never asked?", required: true, optionsText: "" }],
      launch: true,
    }),
  },
  closeSurveyAction: { ...officeOnly, input: (w) => ({ surveyId: w.surveyId }) },
  deleteSurveyDraftAction: { ...officeOnly, input: (w) => ({ surveyId: w.draftSurveyId }) },

  // app/(app)/me/sign-off/actions.ts: programme A's sponsor is its mentor, none of the callers.
  signOffProgrammeAction: { refuses: everyone, input: (w) => ({ programId: w.programId, comment: "" }) },
  sayNotYetAction: { refuses: everyone, input: (w) => ({ programId: w.programId, comment: "Never sent." }) },

  // app/(app)/programs/[programId]/check-ins/actions.ts
  openFeedbackRoundAction: {
    ...officeOnly,
    input: (w) => ({ programId: w.programId, audience: "MENTORS", cadence: "QUARTERLY", closesOn: "2099-01-20" }),
  },
  closeFeedbackRoundAction: { ...officeOnly, input: (w) => ({ roundId: w.feedbackRoundId }) },
  recordFeedbackActionAction: {
    ...officeOnly,
    input: (w) => ({
      roundId: w.feedbackRoundId,
      requestKey: "00000000-0000-4000-8000-00000000f00d",
      youSaid: "Never said.",
      weDid: "Never done.",
    }),
  },

  // app/(app)/me/learning/actions.ts
  setResourceCompletionAction: { refuses: signedIn, input: (w) => ({ id: w.resourceId, completed: true }) },
  submitReadinessAction: {
    refuses: participantsOnly,
    input: (w) => ({
      participationId: w.mentorId,
      ratings: Object.fromEntries(qualities.map((q) => [q, 4])),
      reflection: "",
    }),
  },

  // app/(app)/me/profile/actions.ts
  updateOwnProfileAction: { refuses: signedIn, input: () => ({}) },
  saveLearningStyleAction: { refuses: signedIn, input: () => ({}) },

  // app/(app)/enrol/actions.ts
  applyToProgramAction: {
    refuses: signedIn,
    input: (w) => ({ slug: w.programSlug, role: "MENTEE", capacity: 1, answers: {}, acceptCodeOfConduct: true }),
  },
  nominateReportAction: {
    refuses: participantsOnly,
    input: (w) => ({ slug: w.programSlug, nomineeId: w.mentorUserId, role: "MENTEE", note: "" }),
  },

  respondToOfferAction: { refuses: participantsOnly, input: () => ({ offerId: "no-such-offer", accept: true }) },
  withdrawFromProgramAction: { refuses: participantsOnly, input: (w) => ({ participationId: w.menteeId }) },
  changeMentorCapacityAction: {
    refuses: participantsOnly,
    input: (w) => ({ participationId: w.mentorId, capacity: 1 }),
  },

  // app/(app)/check-ins/actions.ts
  recordCheckInAction: {
    ...officeOnly,
    input: (w) => ({
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
  },
  snoozeAction: {
    ...officeOnly,
    input: (w) => ({ programId: w.programId, matchId: w.liveMatchId, until: "2026-12-20", reason: "Never snoozed" }),
  },
  resolveAction: {
    ...officeOnly,
    input: (w) => ({ programId: w.programId, matchId: w.liveMatchId, reason: "Never resolved" }),
  },
  updateCheckInPolicyAction: {
    ...officeOnly,
    input: (w) => ({
      programId: w.programId,
      firstSessionDays: 14,
      cadenceDays: 30,
      agreementDays: 30,
      checkInEveryDays: 60,
      lowPulseThreshold: 2,
      unansweredRequestLimit: 2,
    }),
  },

  // app/(app)/programs/[programId]/check-ins/actions.ts
  unpauseMentorAction: { ...officeOnly, input: (w) => ({ participationId: w.mentorId }) },

  // app/(app)/programs/[programId]/evaluation/actions.ts
  saveKpiRowAction: {
    ...officeOnly,
    input: (w) => ({
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
  },
  deleteKpiRowAction: { ...officeOnly, input: (w) => ({ programId: w.programId, rowId: "no-such-row" }) },
  applyKpiTemplateAction: { ...officeOnly, input: (w) => ({ programId: w.programId, template: "onboarding" }) },
  saveRoiAssumptionsAction: {
    ...officeOnly,
    input: (w) => ({
      programId: w.programId,
      replacementCostShare: 50,
      isolation: 50,
      confidence: 80,
      hourlyOverhead: 30,
      coordinatorHours: 100,
      coordinatorHourlyRate: 50,
      intangibles: "",
    }),
  },

  // app/(app)/resources/actions.ts
  addResourceAction: {
    ...officeOnly,
    input: () => ({
      title: "Never added",
      description: "",
      kind: "GUIDE",
      audience: "BOTH",
      programId: "",
      url: "https://example.com/never",
      requiredForReadiness: false,
      file: null,
    }),
  },
  removeResourceAction: { ...officeOnly, input: (w) => ({ id: w.resourceId }) },

  // app/(app)/skills/actions.ts
  addSkillAction: { ...officeOnly, input: () => ({ name: "Never added" }) },
  approveSkillAction: { ...officeOnly, input: (w) => ({ id: w.skillId }) },
  mergeSkillAction: { ...officeOnly, input: (w) => ({ fromId: w.skillId, intoId: w.otherSkillId }) },

  // app/(app)/people/actions.ts and people/import/actions.ts
  changeUserRoleAction: { ...officeOnly, input: (w) => ({ userId: w.mentorUserId, role: "ADMIN" }) },
  previewPeopleImportAction: { ...officeOnly, input: () => ({ csv: "name,email\nNobody,nobody@test.example\n" }) },
  applyPeopleImportAction: { ...officeOnly, input: () => ({ csv: "name,email\nNobody,nobody@test.example\n" }) },
  // app/(app)/people/actions.ts: accounts (administrators)
  setAccountActiveAction: { ...officeOnly, input: (w) => ({ userId: w.mentorUserId, active: false }) },
  unlockSignInAction: { ...officeOnly, input: (w) => ({ userId: w.mentorUserId }) },
  sendPasswordResetAction: { ...officeOnly, input: (w) => ({ userId: w.mentorUserId }) },
  erasePersonAction: { ...officeOnly, input: (w) => ({ userId: w.mentorUserId }) },

  // app/(app)/admin/jobs/actions.ts
  retryJobAction: { ...officeOnly, input: () => ({ jobId: "no-such-job" }) },
  updateJobScheduleAction: { ...officeOnly, input: () => ({ name: "deliver-outbox", cron: "0 7 * * 1" }) },

  // app/(app)/admin/settings/actions.ts
  updateOrganizationSettingsAction: { ...officeOnly, input: () => ({ currency: "USD" }) },

  // app/(app)/hr/import/actions.ts
  previewHrImportAction: { ...officeOnly, input: () => ({ csv: "email\nnobody@test.example\n" }) },
  applyHrImportAction: { ...officeOnly, input: () => ({ csv: "email\nnobody@test.example\n" }) },

  // app/(app)/programs/[programId]/agreement/actions.ts
  updateAgreementTemplateAction: {
    ...officeOnly,
    input: (w) => ({
      programId: w.programId,
      cadence: "Every two weeks",
      meetingFormat: "Video call",
      confidentiality: "What we say stays between us.",
      ending: "Either of us can end it.",
      expectations: "",
    }),
  },

  // Signed-in people acting for themselves. The pair actions check membership in their lib verbs;
  // with a pair of programme A in the world they can also be made to refuse other-participant.
  changePasswordAction: { refuses: signedIn, input: () => ({}) },
  markReadAction: { refuses: signedIn, input: () => ({}) },
  markAllReadAction: { refuses: signedIn, input: () => ({}) },
  savePreferencesAction: { refuses: signedIn, input: () => ({}) },
  proposeSessionAction: { refuses: signedIn, input: () => ({}) },
  rescheduleSessionAction: { refuses: signedIn, input: () => ({}) },
  respondToProposalAction: { refuses: signedIn, input: () => ({}) },
  cancelSessionAction: { refuses: signedIn, input: () => ({}) },
  logSessionAction: { refuses: signedIn, input: () => ({}) },
  confirmSessionAction: { refuses: signedIn, input: () => ({}) },
  askForHelpAction: { refuses: signedIn, input: () => ({}) },
  signAgreementAction: { refuses: signedIn, input: () => ({}) },
  updateAgreementAction: { refuses: signedIn, input: () => ({}) },
  createPairGoalAction: { refuses: signedIn, input: () => ({}) },
  updateGoalProgressAction: { refuses: signedIn, input: () => ({}) },
  setMilestoneDoneAction: { refuses: signedIn, input: () => ({}) },
  createCalendarFeedAction: { refuses: signedIn, input: () => ({}) },
  revokeCalendarFeedAction: { refuses: signedIn, input: () => ({}) },
  // Group members' actions check membership in their lib verbs (lib/groups/group-access.ts).
  scheduleGroupSessionAction: { refuses: signedIn, input: () => ({}) },
  logGroupSessionAction: { refuses: signedIn, input: () => ({}) },
  cancelGroupSessionAction: { refuses: signedIn, input: () => ({}) },
  signGroupAgreementAction: { refuses: signedIn, input: () => ({}) },
  updateGroupAgreementAction: { refuses: signedIn, input: () => ({}) },
  leaveGroupAction: { refuses: signedIn, input: () => ({}) },

  // app/(auth)/reset-password/[token]/actions.ts: public; the emailed token is the permission.
  resetPasswordAction: { refuses: [], input: () => ({}) },
};

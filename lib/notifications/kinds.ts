/**
 * What a notification is about. People choose per kind how it reaches them by e-mail; every
 * notification stays in the in-app inbox whatever they choose.
 */
export const notificationKinds = {
  GENERAL: { label: "Other messages from Pairwise", canTurnOff: false },
  MATCH_PUBLISHED: { label: "A match is published for you", canTurnOff: false },
  MATCH_REQUEST: { label: "Mentoring requests and answers (self-match)", canTurnOff: true },
  ENROLMENT: { label: "Invitations and application decisions", canTurnOff: false },
  SESSION: { label: "Sessions: proposals, changes and logs", canTurnOff: true },
  AGREEMENT: { label: "Your mentoring agreement", canTurnOff: true },
  NUDGE: { label: "Reminders when your pair has not met for a while", canTurnOff: true },
  SURVEY: { label: "Pulses, surveys and feedback rounds", canTurnOff: true },
  RESPONSIVENESS: { label: "Requests waiting for your answer", canTurnOff: false },
  CHECK_IN: { label: "Check-ins due (programme office)", canTurnOff: true },
  WEEKLY_DIGEST: { label: "Weekly digest", canTurnOff: true },
} as const satisfies Record<string, { label: string; canTurnOff: boolean }>;

export type NotificationKind = keyof typeof notificationKinds;

export const notificationKindNames = Object.keys(notificationKinds) as NotificationKind[];

export function isNotificationKind(value: string): value is NotificationKind {
  return Object.hasOwn(notificationKinds, value);
}

/** Kinds that must always be e-mailed at once: nobody should miss them. */
export function isMandatoryKind(kind: string): boolean {
  return isNotificationKind(kind) && !notificationKinds[kind].canTurnOff;
}

export const mandatoryKinds = notificationKindNames.filter(isMandatoryKind);

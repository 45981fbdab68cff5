/** The one thing a pair member should do next on the pair page, first match wins. */
export type NextAction =
  | { kind: "answer-proposal"; label: string; target: string }
  | { kind: "log-session"; label: string; target: string }
  | { kind: "confirm-session"; label: string; target: string }
  | { kind: "sign-agreement"; label: string; target: string }
  | { kind: "schedule"; label: string; target: string }
  | { kind: "add-goal"; label: string; target: string }
  | { kind: "prepare"; label: string; target: string };

export interface PairSituation {
  partnerName: string;
  /** A proposal by the partner that waits for me. */
  proposalForMe: boolean;
  /** A booked session whose time has passed and is not logged yet. */
  bookedAndPast: { startsToday: boolean } | null;
  /** A session the partner logged that I have not confirmed. */
  logForMeToConfirm: boolean;
  iSignedAgreement: boolean;
  /** Proposed or booked sessions still ahead. */
  upcoming: number;
  loggedSessions: number;
  goals: number;
}

export function nextAction(s: PairSituation): NextAction {
  if (s.proposalForMe) {
    return { kind: "answer-proposal", label: `Answer ${s.partnerName}'s proposed time`, target: "#upcoming" };
  }
  if (s.bookedAndPast) {
    return {
      kind: "log-session",
      label: s.bookedAndPast.startsToday ? "Log today's session" : "Log your last session",
      target: "#upcoming",
    };
  }
  if (s.logForMeToConfirm) {
    return { kind: "confirm-session", label: `Confirm the session ${s.partnerName} logged`, target: "#past" };
  }
  if (!s.iSignedAgreement) return { kind: "sign-agreement", label: "Sign the agreement", target: "#agreement" };
  if (s.upcoming === 0) {
    return {
      kind: "schedule",
      label: s.loggedSessions === 0 ? "Schedule your first session" : "Schedule your next session",
      target: "#schedule",
    };
  }
  if (s.goals === 0) return { kind: "add-goal", label: "Agree your first goal", target: "#goals" };
  return { kind: "prepare", label: "Review your goals before you meet", target: "#goals" };
}

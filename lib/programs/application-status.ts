import type { ParticipationStatus } from "@/lib/db/generated/enums";

/** An application's status in words: as the coordinator reviewing it sees it, and as the applicant does. */
export const applicationStatusLabels = {
  coordinator: {
    APPLIED: "Waiting",
    APPROVED: "Approved",
    WAITLISTED: "Waitlisted",
    DECLINED: "Declined",
    WITHDRAWN: "Withdrawn",
  },
  applicant: {
    APPLIED: "Application under review",
    APPROVED: "Approved",
    WAITLISTED: "On the waiting list",
    DECLINED: "Not selected this time",
    WITHDRAWN: "Withdrawn",
  },
} as const satisfies Record<string, Record<ParticipationStatus, string>>;

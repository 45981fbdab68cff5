export interface CheckInPolicyValues {
  firstSessionDays: number;
  cadenceDays: number;
  agreementDays: number;
  checkInEveryDays: number;
  lowPulseThreshold: number;
  unansweredRequestLimit: number;
}

/** The same numbers as the database defaults in prisma/schema.prisma (CheckInPolicy). */
export const defaultCheckInPolicy: CheckInPolicyValues = {
  firstSessionDays: 21,
  cadenceDays: 30,
  agreementDays: 14,
  checkInEveryDays: 90,
  lowPulseThreshold: 2,
  unansweredRequestLimit: 2,
};

import type { ParticipationStatus } from "@/lib/db/generated/enums";
import vocabulary from "@/lib/vocabulary/en.json";

/** An application's status in words: as the coordinator reviewing it sees it, and as the applicant does. */
export const applicationStatusLabels = vocabulary.programs.applicationStatus satisfies Record<
  string,
  Record<ParticipationStatus, string>
>;

import type { Candidate } from "@/lib/matching/candidate";
import { breaksSeniority, type HardRule, type MatchingConfig } from "@/lib/matching/config";

/**
 * The hard rules a pair fails, before any scoring. Never traded against score. Unknown data
 * (no level, no languages, no time zone) does not fail a rule: the coordinator sees it instead.
 */
export function failedRules(mentee: Candidate, mentor: Candidate, config: MatchingConfig, forbidden: boolean): HardRule[] {
  const { rules } = config;
  const failed: HardRule[] = [];
  if (mentee.userId === mentor.userId) failed.push("self");
  if (forbidden) failed.push("forbidden");
  if (mentee.level !== null && mentor.level !== null && breaksSeniority(rules, mentee.level, mentor.level))
    failed.push("seniority");
  if (rules.excludeReportingLine && (mentee.managerChain.includes(mentor.userId) || mentor.managerChain.includes(mentee.userId)))
    failed.push("reportingLine");
  if (
    rules.requireSharedLanguage &&
    mentee.languages.length > 0 &&
    mentor.languages.length > 0 &&
    !mentee.languages.some((l) => mentor.languages.includes(l))
  ) {
    failed.push("language");
  }
  if (
    rules.maxTimeZoneGapHours !== null &&
    mentee.utcOffsetMinutes !== null &&
    mentor.utcOffsetMinutes !== null &&
    Math.abs(mentee.utcOffsetMinutes - mentor.utcOffsetMinutes) > rules.maxTimeZoneGapHours * 60
  ) {
    failed.push("timeZone");
  }
  if (rules.requireReadiness && !mentor.readinessComplete) failed.push("readiness");
  return failed;
}

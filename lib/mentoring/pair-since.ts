import { formatDate } from "@/lib/format";

/**
 * How long a pair has been together, in words. Pairs published before their programme starts
 * have not started yet: they start with the programme, never "since" the day they were published.
 */
export function pairSince(startedAt: Date | null, programStart: Date | null, now: Date): string {
  if (programStart && programStart.getTime() > now.getTime()) return `starts with the programme on ${formatDate(programStart)}`;
  if (!startedAt) return "not started yet";
  const since = programStart && programStart.getTime() > startedAt.getTime() ? programStart : startedAt;
  return `together since ${formatDate(since)}`;
}

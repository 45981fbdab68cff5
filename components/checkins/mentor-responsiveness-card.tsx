import { Badge } from "@/components/ui/badge";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import type { Actor } from "@/lib/auth/permissions";
import { counted, formatDate, formatHours } from "@/lib/format";
import { listMentorResponsiveness } from "@/lib/matching/list-mentor-responsiveness";
import { unpauseMentorAction } from "@/app/(app)/programs/[programId]/check-ins/actions";

/** How quickly each mentor answers, for the programme office, with the un-pause for paused mentors. */
export async function MentorResponsivenessCard({ actor, programId }: { actor: Actor; programId: string }) {
  const { selfMatch, limit, mentors } = await listMentorResponsiveness(actor, programId);
  const pauseRule = selfMatch
    ? `A mentor with ${counted(limit, "request")} left unanswered past the deadline is paused from self-match: mentees no longer see or ask them until they answer a request or you un-pause them.`
    : "Your office makes the matches in this programme, so no mentor is paused for unanswered requests.";
  return (
    <Card
      title="Mentor responsiveness"
      description={`Median times from a request reaching the mentor to their answer, and from a session time the mentee proposed to the mentor accepting it. ${pauseRule}`}
    >
      {mentors.length === 0 ? (
        <EmptyState title="No approved mentors in this programme yet" />
      ) : (
        <Table caption="Mentor responsiveness">
          <thead>
            <tr>
              <Th>Mentor</Th>
              <Th>Self-match</Th>
              <Th>Answers requests in</Th>
              <Th>Confirms sessions in</Th>
              <Th>Unanswered requests</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {mentors.map((mentor) => (
              <tr key={mentor.participationId} aria-label={mentor.name}>
                <Td className="font-medium whitespace-nowrap text-slate-900">{mentor.name}</Td>
                <Td>
                  {mentor.pausedSince ? (
                    <span className="flex flex-col items-start gap-2">
                      <Badge tone="warning">Paused since {formatDate(mentor.pausedSince)}</Badge>
                      <ActionButton
                        action={unpauseMentorAction}
                        input={{ participationId: mentor.participationId }}
                        label={`Un-pause ${mentor.name}`}
                        confirm={`Put ${mentor.name} back in self-match? Unanswered requests count again from now.`}
                      />
                    </span>
                  ) : (
                    <span className="whitespace-nowrap text-slate-600">
                      {selfMatch ? "Open to requests" : "—"}
                      {mentor.unpausedAt && <span className="block text-xs">un-paused {formatDate(mentor.unpausedAt)}</span>}
                    </span>
                  )}
                </Td>
                <Td className="whitespace-nowrap">
                  {formatHours(mentor.medianHoursToAnswer)}
                  {mentor.answered > 0 && (
                    <span className="block text-xs text-slate-600">median of {counted(mentor.answered, "answer")}</span>
                  )}
                </Td>
                <Td className="whitespace-nowrap">
                  {formatHours(mentor.medianHoursToConfirm)}
                  {mentor.confirmed > 0 && (
                    <span className="block text-xs text-slate-600">median of {counted(mentor.confirmed, "session")}</span>
                  )}
                </Td>
                <Td className="whitespace-nowrap tabular-nums">
                  {mentor.unanswered}
                  {mentor.countingFrom && (
                    <span className="block text-xs text-slate-600">since {formatDate(mentor.countingFrom)}</span>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

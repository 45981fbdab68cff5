import { OfficeSessionList } from "@/components/pairs/office-session-list";
import { Card } from "@/components/ui/card";
import type { recentSessions } from "@/lib/sessions/recent";

/** The latest logged sessions as the programme office sees them: no notes, ever. */
export function SessionLogList({
  sessions,
  showProgram,
}: {
  sessions: Awaited<ReturnType<typeof recentSessions>>;
  showProgram: boolean;
}) {
  return (
    <Card
      title="Latest session logs"
      description="What pairs share with the programme office: when they met, for how long, the goals they worked on and how useful it was. Their notes stay between them."
    >
      <OfficeSessionList sessions={sessions} showProgramme={showProgram} />
    </Card>
  );
}

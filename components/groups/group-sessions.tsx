import { CallOffButton, LogThisSession, LoggedHead, SessionItem, SessionNotes, Where } from "@/components/pairs/session-items";
import { Badge } from "@/components/ui/badge";
import type { ActionResult } from "@/lib/action-result";
import type { GroupWorkspace } from "@/lib/groups/group-workspace";

type Action = (input: unknown) => Promise<ActionResult>;
type Upcoming = GroupWorkspace["upcoming"][number];
type Logged = GroupWorkspace["past"][number];

/** A booked group session: its mentors call it off, or log it with who came once it has started. */
export function UpcomingGroupSession({
  session,
  group,
  canRun,
  actions,
}: {
  session: Upcoming;
  group: { id: string; timeZone: string; mentees: GroupWorkspace["mentees"] };
  canRun: boolean;
  actions: { cancel: Action; log: Action };
}) {
  const started = session.started;
  return (
    <SessionItem
      testId="upcoming-group-session"
      head={
        <div className="space-y-1">
          <p className="font-semibold text-slate-900">
            {session.when}–{session.ends}
          </p>
          <p className="text-xs text-slate-500">{session.durationMinutes} min</p>
          <Where session={session} />
        </div>
      }
      badge={<Badge tone={started ? "warning" : "success"}>{started ? "To log" : "Booked"}</Badge>}
    >
      {canRun && !started && (
        <div className="mt-3">
          <CallOffButton
            action={actions.cancel}
            input={{ groupSessionId: session.id }}
            notice="Everyone in the group receives a calendar cancellation."
          />
        </div>
      )}
      {canRun && started && (
        <LogThisSession
          target={{ groupId: group.id, groupSessionId: session.id }}
          defaults={{
            day: session.local.day,
            startTime: session.local.time,
            endTime: session.endLocal.time,
            format: session.format,
            place: session.place,
          }}
          attendees={group.mentees}
          partnerName="the group"
          timeZone={group.timeZone}
          action={actions.log}
        />
      )}
    </SessionItem>
  );
}

/** A logged group session: who came, and the notes the group shares. */
export function LoggedGroupSession({ session }: { session: Logged }) {
  return (
    <SessionItem
      testId="logged-group-session"
      head={
        <LoggedHead topic={session.topic || "Group session"}>
          {session.when}–{session.ends} · {session.durationMinutes} min
          {session.loggedBy && ` · logged by ${session.loggedBy}`}
        </LoggedHead>
      }
      badge={session.usefulness !== null && <Badge tone="neutral">Usefulness {session.usefulness}/5</Badge>}
    >
      <p className="mt-2 text-sm text-slate-700" data-testid="attendance">
        <span className="font-medium">Came:</span> {session.came.join(", ") || "nobody recorded"}
        {session.missed.length > 0 && (
          <>
            {" "}
            · <span className="font-medium">Missed:</span> {session.missed.join(", ")}
          </>
        )}
      </p>
      <SessionNotes session={session} />
    </SessionItem>
  );
}

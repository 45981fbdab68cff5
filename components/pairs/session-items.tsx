import { ConfirmSessionForm } from "@/components/pairs/confirm-session-form";
import { HelpRequestForm } from "@/components/pairs/help-request-form";
import { LogSessionForm } from "@/components/pairs/log-session-form";
import { SessionTimeForm } from "@/components/pairs/session-time-form";
import { FoldedForm } from "@/components/mentoring/workspace";
import { ActionButton } from "@/components/ui/action-button";
import type { ComponentProps, ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import type { PairWorkspace } from "@/lib/pairs/pair-workspace";
import { sessionFormatLabels } from "@/lib/sessions/schemas";

type Session = PairWorkspace["upcoming"][number];
type Action = (input: unknown) => Promise<ActionResult>;

export interface SessionActions {
  respond: Action;
  reschedule: Action;
  cancel: Action;
  log: Action;
  confirm: Action;
  help: Action;
}

/** How and where a session meets: the format, and the join link, place or number. */
export function Where({ session }: { session: Pick<Session, "format" | "place"> }) {
  if (!session.format) return null;
  const label = sessionFormatLabels[session.format];
  return (
    <p className="text-sm text-slate-600">
      {label}
      {session.place && " · "}
      {session.format === "VIDEO" && session.place.startsWith("https://") ? (
        <a href={session.place} className="text-brand-700 underline-offset-2 hover:underline" rel="noreferrer" target="_blank">
          Join link
        </a>
      ) : (
        session.place
      )}
    </p>
  );
}

/** One session in a list, a pair's or a group's: what and when, its state beside it, then what can be done. */
export function SessionItem({
  testId,
  head,
  badge,
  children,
}: {
  testId: string;
  head: ReactNode;
  badge: ReactNode;
  children?: ReactNode;
}) {
  return (
    <li className="rounded-lg p-4 ring-1 ring-slate-200" data-testid={testId}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        {head}
        {badge}
      </div>
      {children}
    </li>
  );
}

/** A logged session's heading: its topic, then when, how long and who logged it. */
export function LoggedHead({ topic, children }: { topic: string; children: ReactNode }) {
  return (
    <div>
      <p className="font-semibold text-slate-900">{topic}</p>
      <p className="text-xs text-slate-500">{children}</p>
    </div>
  );
}

/** "Call off" on a booked session that has not started; `notice` says who receives the calendar cancellation. */
export function CallOffButton<Input>({
  action,
  input,
  notice,
}: {
  action: (input: Input) => Promise<ActionResult>;
  input: Input;
  notice: string;
}) {
  return (
    <ActionButton action={action} input={input} label="Call off" variant="ghost" confirm={`Call off this session? ${notice}`} />
  );
}

/** A session that has started, pair's or group's, with its log form open under it. */
export function LogThisSession(props: ComponentProps<typeof LogSessionForm>) {
  return (
    <FoldedForm under="session" summary="Log this session" open>
      <LogSessionForm {...props} />
    </FoldedForm>
  );
}

function When({ session, partnerName }: { session: Session; partnerName: string }) {
  return (
    <div>
      <p className="font-semibold text-slate-900">
        {session.time.mine}–{session.ends}
      </p>
      <p className="text-xs text-slate-500">
        {session.time.partners} for {partnerName} · {session.durationMinutes} min
      </p>
    </div>
  );
}

export function UpcomingSession({
  session,
  pair,
  actions,
}: {
  session: Session;
  pair: { id: string; partnerName: string; timeZone: string; goals: { id: string; title: string }[]; now: Date };
  actions: SessionActions;
}) {
  const past = session.occurredAt <= pair.now;
  const invite = `/me/mentoring/${pair.id}/sessions/${session.id}/invite`;
  const timeDefaults = {
    day: session.local.day,
    startTime: session.local.time,
    endTime: session.ends,
    format: session.format ?? "VIDEO",
    place: session.place,
  };
  return (
    <SessionItem
      testId="upcoming-session"
      head={
        <div className="space-y-1">
          <When session={session} partnerName={pair.partnerName} />
          <Where session={session} />
        </div>
      }
      badge={
        session.status === "PROPOSED" ? (
          <Badge tone="info">{session.awaitsMyAnswer ? `Proposed by ${pair.partnerName}` : "Waiting for an answer"}</Badge>
        ) : (
          <Badge tone={past ? "warning" : "success"}>{past ? "To log" : "Booked"}</Badge>
        )
      }
    >
      <div className="mt-3 flex flex-wrap items-start gap-2">
        {session.awaitsMyAnswer && (
          <>
            <ActionButton
              action={actions.respond}
              input={{ sessionId: session.id, accept: true }}
              label="Accept"
              variant="primary"
            />
            <ActionButton action={actions.respond} input={{ sessionId: session.id, accept: false }} label="Decline" />
          </>
        )}
        {session.status === "SCHEDULED" && (
          <a href={invite} className={buttonClass("secondary")} download>
            Add to calendar (.ics)
          </a>
        )}
        {!past && (
          <CallOffButton
            action={actions.cancel}
            input={{ sessionId: session.id }}
            notice="You both receive a calendar cancellation."
          />
        )}
      </div>
      {!past && (
        <FoldedForm under="session" summary={session.awaitsMyAnswer ? "Propose another time" : "Move to another time"}>
          <SessionTimeForm
            target={{ sessionId: session.id }}
            defaults={timeDefaults}
            partnerName={pair.partnerName}
            timeZone={pair.timeZone}
            submitLabel="Propose this time"
            action={actions.reschedule}
          />
        </FoldedForm>
      )}
      {past && session.status === "SCHEDULED" && (
        <LogThisSession
          target={{ matchId: pair.id, sessionId: session.id }}
          defaults={timeDefaults}
          goals={pair.goals}
          partnerName={pair.partnerName}
          timeZone={pair.timeZone}
          action={actions.log}
        />
      )}
    </SessionItem>
  );
}

/** A logged session's shared notes: progress, what was difficult, next steps (those written). */
export function SessionNotes({ session }: { session: { progress: string; difficulties: string; nextSteps: string } }) {
  const notes = [
    ["Progress", session.progress],
    ["What was difficult", session.difficulties],
    ["Next steps", session.nextSteps],
  ].filter(([, text]) => text);
  if (notes.length === 0) return null;
  return (
    <dl className="mt-3 space-y-2 text-sm">
      {notes.map(([label, text]) => (
        <div key={label}>
          <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
          <dd className="whitespace-pre-line text-slate-700">{text}</dd>
        </div>
      ))}
    </dl>
  );
}

export function LoggedSession({
  session,
  pair,
  actions,
}: {
  session: Session;
  pair: { id: string; partnerName: string };
  actions: SessionActions;
}) {
  return (
    <SessionItem
      testId="logged-session"
      head={
        <LoggedHead topic={session.topic || "Mentoring session"}>
          {session.time.mine} · {session.durationMinutes} min
          {session.format && ` · ${sessionFormatLabels[session.format]}`} · logged by {session.loggedBy ?? "—"}
        </LoggedHead>
      }
      badge={
        <div className="flex flex-wrap gap-1.5">
          {session.usefulness !== null && <Badge tone="brand">Useful {session.usefulness}/5</Badge>}
          {session.confirmedAt ? (
            <Badge tone="success">Confirmed</Badge>
          ) : (
            <Badge tone="warning">{session.iLoggedIt ? `Awaiting ${pair.partnerName}` : "Needs your confirmation"}</Badge>
          )}
        </div>
      }
    >
      {session.goals.length > 0 && (
        <p className="mt-2 flex flex-wrap gap-1.5">
          {session.goals.map((g) => (
            <Badge key={g.id}>{g.title}</Badge>
          ))}
        </p>
      )}
      <SessionNotes session={session} />
      {session.correction && (
        <p className="mt-2 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700">
          <span className="font-medium">Correction:</span> {session.correction}
        </p>
      )}
      {session.myReflection && (
        <div className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm ring-1 ring-amber-200">
          <p className="text-xs font-semibold text-amber-900">Your private reflection · only you can read this</p>
          <p className="whitespace-pre-line text-amber-950">{session.myReflection}</p>
        </div>
      )}
      {session.awaitsMyConfirmation && (
        <div className="mt-3">
          <ConfirmSessionForm sessionId={session.id} partnerName={pair.partnerName} action={actions.confirm} />
        </div>
      )}
      <details className="mt-3">
        <summary className="cursor-pointer text-xs font-medium text-slate-600">Ask the programme office for help</summary>
        <div className="mt-2">
          <HelpRequestForm matchId={pair.id} sessionId={session.id} action={actions.help} />
        </div>
      </details>
    </SessionItem>
  );
}

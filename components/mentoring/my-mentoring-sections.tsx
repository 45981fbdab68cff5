import Link from "next/link";
import { ReasonForm } from "@/components/matching/end-pair-form";
import { ParticipantExplanationPanel } from "@/components/matching/participant-explanation-panel";
import { PairStateBadge } from "@/components/pairs/pair-state-badge";
import { ApplicationStatusBadge } from "@/components/programs/application-status-badge";
import { ProgramStatusBadge } from "@/components/programs/status-badge";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { DividedList } from "@/components/ui/table";
import type { ActionResult } from "@/lib/action-result";
import { counted, daysAgo, formatDate, initials } from "@/lib/format";
import type { myGroups } from "@/lib/groups/my-groups";
import type { dueThisWeek } from "@/lib/mentoring/due-this-week";
import type { myMentoring } from "@/lib/mentoring/my-mentoring";
import type { mySelfMatchPauses } from "@/lib/matching/my-self-match-pauses";
import type { requestsForMe } from "@/lib/matching/self-match";
import { meetingFormatLabels } from "@/lib/profiles/schemas";

/** A list item with what it is on the left and where to go (or its badges) on the right. */
const linkRow = "flex flex-wrap items-center justify-between gap-3 py-3 first:pt-0 last:pb-0";

type MyMentoring = Awaited<ReturnType<typeof myMentoring>>;
type Answer<Input> = (input: Input) => Promise<ActionResult>;

/** The sections of My mentoring, each drawn from what its loader returns. */

export function DueThisWeekCard({ due }: { due: Awaited<ReturnType<typeof dueThisWeek>> }) {
  if (due.length === 0) return null;
  return (
    <Card title="This week" description="What is due in the next seven days across your pairs.">
      <DividedList
        items={due}
        itemKey={(item) => item.key}
        testId="due-this-week"
        className="flex flex-wrap items-center justify-between gap-2 py-2.5 first:pt-0 last:pb-0"
      >
        {(item) => (
          <>
            <Link href={item.href} className="text-sm font-medium text-slate-900 hover:text-brand-700 hover:underline">
              {item.label}
            </Link>
            {item.detail && <span className="text-xs text-slate-600">{item.detail}</span>}
          </>
        )}
      </DividedList>
    </Card>
  );
}

export function SelfMatchPauseCards({ pauses }: { pauses: Awaited<ReturnType<typeof mySelfMatchPauses>> }) {
  return pauses.map((pause) => (
    <Card
      key={pause.participationId}
      title={`You are paused from self-match: ${pause.programName}`}
      description={`Since ${formatDate(pause.pausedSince)}, mentees in this programme no longer see you in their list and cannot ask you.`}
    >
      <div className="rounded-lg bg-amber-50 p-4 text-sm text-amber-900 ring-1 ring-amber-200" data-testid="self-match-pause">
        <p>
          {counted(pause.unanswered, "mentoring request")} passed the deadline without an answer; the programme pauses a mentor at{" "}
          {pause.limit}.
        </p>
        <p className="mt-1">
          Answering a request addressed to you un-pauses you at once, whether you accept or decline. Your coordinator can also
          un-pause you.
        </p>
      </div>
    </Card>
  ));
}

export function MentoringRequestsCard({
  requests,
  respond,
}: {
  requests: Awaited<ReturnType<typeof requestsForMe>>;
  respond: Answer<{ requestId: string; accept: boolean }>;
}) {
  if (requests.length === 0) return null;
  return (
    <Card
      title="Mentoring requests for you"
      description="Accept to start the pairing, or decline so the request passes to the mentee's next choice."
    >
      <DividedList
        items={requests}
        itemKey={(request) => request.id}
        className="flex flex-wrap items-start justify-between gap-4 py-3 first:pt-0 last:pb-0"
      >
        {(request) => (
          <>
            <div className="text-sm">
              <p className="font-semibold text-slate-900">
                {request.mentee.user.name}{" "}
                <span className="font-normal text-slate-500">
                  · {request.mentee.user.title} · {request.program.name}
                </span>
              </p>
              {request.mentee.user.profile?.skillsWanted.length ? (
                <p className="text-slate-600">Wants to learn: {request.mentee.user.profile.skillsWanted.join(", ")}</p>
              ) : null}
              {request.message && <p className="mt-1 text-slate-700">&ldquo;{request.message}&rdquo;</p>}
              <p className="mt-1 text-xs text-slate-500">Please answer by {formatDate(request.respondBy)}.</p>
            </div>
            <div className="flex gap-2">
              <ActionButton
                action={respond}
                input={{ requestId: request.id, accept: true }}
                label={`Accept ${request.mentee.user.name}`}
                variant="primary"
              />
              <ActionButton
                action={respond}
                input={{ requestId: request.id, accept: false }}
                label="Decline"
                confirm={`Decline ${request.mentee.user.name}'s request?`}
              />
            </div>
          </>
        )}
      </DividedList>
    </Card>
  );
}

export function MyPairCard({
  match,
  confirm,
  flag,
}: {
  match: MyMentoring["matches"][number];
  confirm: Answer<{ matchId: string; accept: boolean }>;
  flag: Parameters<typeof ReasonForm>[0]["action"];
}) {
  return (
    <Card
      title={`${match.myRole === "MENTEE" ? "My mentor" : "My mentee"}: ${match.partner.name}`}
      description={`${match.programName} · ${match.since}`}
      actions={
        <div className="flex flex-wrap items-center gap-3">
          <PairStateBadge state={match.state} />
          {match.myRole === "MENTEE" && match.status === "ACTIVE" && (
            <Link href={`/me/feedback-360/${match.id}`} className={buttonClass("secondary")}>
              360 feedback
            </Link>
          )}
          {match.status !== "AWAITING_CONFIRMATION" && (
            <Link href={`/me/mentoring/${match.id}`} className={buttonClass("primary")}>
              Open pair workspace
            </Link>
          )}
        </div>
      }
    >
      {match.flash && (
        <p className="mb-4 rounded-lg bg-violet-50 p-3 text-sm text-violet-900 ring-1 ring-violet-200" data-testid="flash-status">
          {match.flash}
        </p>
      )}
      {match.status === "AWAITING_CONFIRMATION" && (
        <div className="mb-5 rounded-lg bg-sky-50 p-4 ring-1 ring-sky-200">
          {match.iConfirmed ? (
            <p className="text-sm text-sky-900">You confirmed. Waiting for {match.partner.name}.</p>
          ) : (
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p className="text-sm text-sky-900">The matcher proposed this pairing. Does it suit you?</p>
              <div className="flex gap-2">
                <ActionButton action={confirm} input={{ matchId: match.id, accept: true }} label="Confirm" variant="primary" />
                <ActionButton
                  action={confirm}
                  input={{ matchId: match.id, accept: false }}
                  label="Decline"
                  confirm="Decline this pairing? Your coordinator will propose someone else."
                />
              </div>
            </div>
          )}
        </div>
      )}
      <div className="grid gap-6 md:grid-cols-3">
        <div className="flex gap-3">
          <span
            aria-hidden="true"
            className="flex h-12 w-12 shrink-0 items-center justify-center rounded-full bg-accent-100 font-semibold text-accent-700"
          >
            {initials(match.partner.name)}
          </span>
          <div className="text-sm">
            <p className="font-semibold text-slate-900">{match.partner.name}</p>
            <p className="text-slate-600">{match.partner.title}</p>
            <p className="text-slate-500">{[match.partner.department, match.partner.location].filter(Boolean).join(" · ")}</p>
            <a
              className="mt-1 inline-block text-brand-700 underline-offset-2 hover:underline"
              href={`mailto:${match.partner.email}`}
            >
              {match.partner.email}
            </a>
            {match.partner.headline && <p className="mt-2 text-slate-700">{match.partner.headline}</p>}
            {match.partner.about.bio && <p className="mt-1 text-slate-600">{match.partner.about.bio}</p>}
            {match.partner.about.skills.length > 0 && (
              <p className="mt-1 text-xs text-slate-600">Can help with: {match.partner.about.skills.join(", ")}</p>
            )}
            {match.partner.about.interests.length > 0 && (
              <p className="text-xs text-slate-600">Enjoys: {match.partner.about.interests.join(", ")}</p>
            )}
            {match.partner.about.languages.length > 0 && (
              <p className="text-xs text-slate-600">Speaks: {match.partner.about.languages.join(", ")}</p>
            )}
            <p className="text-xs text-slate-600">
              Prefers to meet:{" "}
              {meetingFormatLabels[match.partner.about.meetingFormat as keyof typeof meetingFormatLabels] ?? "In person or video"}
            </p>
          </div>
        </div>
        <div className="md:col-span-2">
          <h3 className="text-sm font-semibold text-slate-800">
            Sessions{" "}
            <span className="font-normal text-slate-500">
              · {match.sessionCount} so far, last {daysAgo(match.lastSessionAt)}
            </span>
          </h3>
          {match.sessionCount === 0 ? (
            <p className="mt-2 text-sm text-slate-600">No sessions logged yet.</p>
          ) : (
            <ol className="mt-2 space-y-2">
              {match.recentSessions.map((session) => (
                <li key={session.id} className="rounded-lg bg-slate-50 px-3 py-2 text-sm">
                  <p className="font-medium text-slate-900">
                    {session.topic || "Session"}{" "}
                    <span className="font-normal text-slate-500">
                      · {formatDate(session.occurredAt)} · {session.durationMinutes} min
                    </span>
                  </p>
                  {session.progress && <p className="text-slate-600">{session.progress}</p>}
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
      {match.explanation && (
        <details className="mt-5 border-t border-slate-100 pt-4">
          <summary className="cursor-pointer text-sm font-semibold text-slate-900">Why you were paired</summary>
          <div className="mt-3 max-w-2xl">
            <ParticipantExplanationPanel explanation={match.explanation} />
          </div>
        </details>
      )}
      {match.status === "ACTIVE" && (
        <details className="mt-4 border-t border-slate-100 pt-4">
          <summary className="cursor-pointer text-sm text-slate-600">
            {match.flagged
              ? "You flagged this pairing; your coordinator will follow up"
              : "Not working out? Tell your coordinator"}
          </summary>
          <div className="mt-3 max-w-xl">
            <ReasonForm
              target={{ matchId: match.id }}
              label="Flag a poor fit"
              placeholder="What is not working? Only your coordinator sees this."
              action={flag}
            />
          </div>
        </details>
      )}
    </Card>
  );
}

export function MyGroupsCard({ groups }: { groups: Awaited<ReturnType<typeof myGroups>> }) {
  if (groups.length === 0) return null;
  return (
    <Card title="My groups" description="Circles you meet with: sessions, attendance and the group agreement.">
      <DividedList items={groups} itemKey={(group) => group.id} className={linkRow}>
        {(group) => (
          <>
            <div className="min-w-0">
              <p className="text-sm font-semibold text-slate-900">{group.name}</p>
              <p className="text-xs text-slate-600">
                {group.programName} · you are {group.myRole === "Mentee" ? "a mentee" : `the ${group.myRole.toLowerCase()}`} ·{" "}
                {counted(group.mentees, "mentee")}
                {group.ended ? " · ended" : ""}
              </p>
            </div>
            <Link href={`/me/mentoring/groups/${group.id}`} className={buttonClass("primary")}>
              Open group page
            </Link>
          </>
        )}
      </DividedList>
    </Card>
  );
}

export function UpdatesCard({ notifications }: { notifications: MyMentoring["notifications"] }) {
  if (notifications.length === 0) return null;
  return (
    <Card title="Updates">
      <DividedList items={notifications} itemKey={(n) => n.id} className="py-2 text-sm first:pt-0 last:pb-0">
        {(n) => (
          <>
            <p className="font-medium text-slate-900">{n.subject}</p>
            <p className="text-slate-600">{n.body}</p>
            <p className="text-xs text-slate-500">{formatDate(n.createdAt)}</p>
          </>
        )}
      </DividedList>
    </Card>
  );
}

export function MyProgrammesCard({ participations }: { participations: MyMentoring["participations"] }) {
  return (
    <Card title="My programmes">
      <DividedList
        items={participations}
        itemKey={(p) => p.id}
        empty={
          <EmptyState title="You have not joined a programme yet">
            When enrolment opens, your coordinator will share a link to apply.
          </EmptyState>
        }
        className={linkRow}
      >
        {(p) => (
          <>
            <div>
              <p className="text-sm font-semibold text-slate-900">{p.program.name}</p>
              <p className="text-xs text-slate-500">
                {formatDate(p.program.startDate)} – {formatDate(p.program.endDate)}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone="brand">
                {p.role === "MENTOR" ? `Mentor${p.capacity > 1 ? ` · up to ${p.capacity} mentees` : ""}` : "Mentee"}
              </Badge>
              <ApplicationStatusBadge status={p.status} audience="applicant" />
              <ProgramStatusBadge status={p.program.status} />
              {p.role === "MENTOR" && p.status !== "DECLINED" && p.status !== "WITHDRAWN" && (
                <Link href={`/me/readiness/${p.id}`} className="text-xs font-medium text-brand-700 hover:underline">
                  {p.readinessCompletedAt ? "Ready · review readiness" : "Complete your readiness"}
                </Link>
              )}
            </div>
          </>
        )}
      </DividedList>
    </Card>
  );
}

import { Suspense } from "react";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import type { Actor } from "@/lib/auth/permissions";
import type { Metadata } from "next";
import { PairStateBadge } from "@/components/pairs/pair-state-badge";
import { ProgramStatusBadge } from "@/components/programs/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { daysAgo, formatDate, initials } from "@/lib/format";
import { myMentoring } from "@/lib/mentoring/my-mentoring";
import { requirePageAccess } from "@/app/_server/session";

export const metadata: Metadata = { title: "My mentoring" };

const participationLabels = { APPLIED: "Application under review", APPROVED: "Approved", WAITLISTED: "Waitlisted", DECLINED: "Not selected", WITHDRAWN: "Withdrawn" } as const;

// The permission check runs before anything streams, so a refused request gets a real 403.
export default async function MyMentoringPage() {
  const actor = await requirePageAccess("own-mentoring:read");
  return (
    <Suspense fallback={<PageSkeleton />}>
      <MyMentoringPageContent actor={actor} />
    </Suspense>
  );
}

async function MyMentoringPageContent({ actor }: { actor: Actor }) {
  const { participations, matches } = await myMentoring(actor);
  return (
    <>
      <PageHeader title="My mentoring" description="Your mentoring relationships and the programmes you take part in." />
      <div className="space-y-6">
        {matches.length === 0 ? (
          <Card title="My pairs">
            <EmptyState title="You are not in a mentoring pair yet">When a coordinator publishes your match, your mentor or mentee appears here.</EmptyState>
          </Card>
        ) : (
          matches.map((match) => {
            const last = match.sessions[0]?.occurredAt ?? null;
            return (
              <Card
                key={match.id}
                title={`${match.myRole === "MENTEE" ? "My mentor" : "My mentee"}: ${match.partner.name}`}
                description={`${match.programName} · together since ${formatDate(match.startedAt)}`}
                actions={<PairStateBadge state={match.state} />}
              >
                <div className="grid gap-6 md:grid-cols-3">
                  <div className="flex gap-3">
                    <span aria-hidden="true" className="flex h-12 w-12 shrink-0 items-center justify-center rounded-full bg-accent-100 font-semibold text-accent-700">
                      {initials(match.partner.name)}
                    </span>
                    <div className="text-sm">
                      <p className="font-semibold text-slate-900">{match.partner.name}</p>
                      <p className="text-slate-600">{match.partner.title}</p>
                      <p className="text-slate-500">{[match.partner.department, match.partner.location].filter(Boolean).join(" · ")}</p>
                      <a className="mt-1 inline-block text-brand-700 underline-offset-2 hover:underline" href={`mailto:${match.partner.email}`}>
                        {match.partner.email}
                      </a>
                    </div>
                  </div>
                  <div className="md:col-span-2">
                    <h3 className="text-sm font-semibold text-slate-800">
                      Sessions <span className="font-normal text-slate-500">· {match.sessions.length} so far, last {daysAgo(last)}</span>
                    </h3>
                    {match.sessions.length === 0 ? (
                      <p className="mt-2 text-sm text-slate-600">No sessions logged yet.</p>
                    ) : (
                      <ol className="mt-2 space-y-2">
                        {match.sessions.slice(0, 4).map((session) => (
                          <li key={session.id} className="rounded-lg bg-slate-50 px-3 py-2 text-sm">
                            <p className="font-medium text-slate-900">
                              {session.topic || "Session"} <span className="font-normal text-slate-500">· {formatDate(session.occurredAt)} · {session.durationMinutes} min</span>
                            </p>
                            {session.progress && <p className="text-slate-600">{session.progress}</p>}
                          </li>
                        ))}
                      </ol>
                    )}
                  </div>
                </div>
              </Card>
            );
          })
        )}
        <Card title="My programmes">
          {participations.length === 0 ? (
            <EmptyState title="You have not joined a programme yet">When enrolment opens, your coordinator will share a link to apply.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {participations.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center justify-between gap-3 py-3 first:pt-0 last:pb-0">
                  <div>
                    <p className="text-sm font-semibold text-slate-900">{p.program.name}</p>
                    <p className="text-xs text-slate-500">
                      {formatDate(p.program.startDate)} – {formatDate(p.program.endDate)}
                    </p>
                  </div>
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone="brand">{p.role === "MENTOR" ? `Mentor${p.capacity > 1 ? ` · up to ${p.capacity} mentees` : ""}` : "Mentee"}</Badge>
                    <Badge tone={p.status === "APPROVED" ? "success" : p.status === "APPLIED" ? "info" : "neutral"}>{participationLabels[p.status]}</Badge>
                    <ProgramStatusBadge status={p.program.status} />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}

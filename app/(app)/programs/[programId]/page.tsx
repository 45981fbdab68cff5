import type { Metadata } from "next";
import Link from "next/link";
import { DuplicateProgramButton } from "@/components/programs/duplicate-button";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { formatDecimal, formatPercent } from "@/lib/format";
import { activeWindowDays } from "@/lib/kpi/health";
import { getProgramOverview } from "@/lib/programs/overview";
import { loadedPage } from "@/app/_server/page-shell";
import { findOrNotFound } from "@/app/_server/or-not-found";
import { changeProgramStatusAction, duplicateProgramAction } from "../actions";

export const metadata: Metadata = { title: "Programme overview" };

export default async function ProgramOverviewPage({ params }: { params: Promise<{ programId: string }> }) {
  const { programId } = await params;
  return loadedPage(
    "programs:read",
    findOrNotFound(getProgramOverview, programId),
    ({ program, facts, health, next, missing, stages }, actor) => {
      const canWrite = can(actor, "programs:write");
      const base = `/programs/${program.id}`;
      return (
        <div className="space-y-6">
          {program.purpose && <p className="max-w-3xl text-sm text-slate-700">{program.purpose}</p>}
          <div className="grid gap-6 lg:grid-cols-3">
            <div className="space-y-6 lg:col-span-2">
              <section aria-labelledby="next-step" className="rounded-xl bg-brand-50 p-5 ring-1 ring-brand-100">
                <p className="text-xs font-semibold tracking-wider text-brand-800 uppercase">Next step</p>
                <h2 id="next-step" className="mt-1 text-lg font-semibold text-slate-900">
                  {next.title}
                </h2>
                <p className="mt-1 text-sm text-slate-700">{next.detail}</p>
                <div className="mt-4">
                  {next.kind === "tab" && (
                    <Link href={next.tab === "overview" ? base : `${base}/${next.tab}`} className={buttonClass("primary")}>
                      {next.label}
                    </Link>
                  )}
                  {next.kind === "stage" && canWrite && (
                    <ActionButton
                      action={changeProgramStatusAction}
                      input={{ programId: program.id, to: next.to }}
                      label={next.title}
                      variant="primary"
                    />
                  )}
                </div>
              </section>

              <Card title="Health at a glance" description={`A pair is active when it met in the last ${activeWindowDays} days.`}>
                <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
                  <Figure label="Approved mentors" value={String(facts.approvedMentors)} />
                  <Figure label="Approved mentees" value={String(facts.approvedMentees)} />
                  <Figure label="Waiting for a decision" value={String(facts.pendingApplications)} />
                  <Figure label="Waiting for a mentor" value={String(facts.waiting)} />
                  <Figure label="Live pairs" value={String(facts.livePairs)} />
                  <Figure label="Match rate" value={formatPercent(health.matchRate)} detail="approved mentees with a pair" />
                  <Figure label="Active pairs" value={String(health.activePairs)} detail={`of ${health.livePairs} live`} />
                  <Figure label="At risk" value={String(health.atRiskPairs)} detail="pairs gone quiet" />
                  <Figure
                    label="Sessions per pair a month"
                    value={formatDecimal(health.sessionsPerPairPerMonth)}
                    detail={`${health.sessionsLast30Days} in the last 30 days`}
                  />
                </dl>
              </Card>

              <Card title="What is missing">
                {missing.length === 0 ? (
                  <p className="text-sm text-slate-700">Nothing: the programme is ready for its next stage.</p>
                ) : (
                  <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
                    {missing.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                )}
              </Card>
            </div>

            <div className="space-y-6">
              <Card title="Stage" description="Move the programme on when it is ready; each button says what happens next.">
                {stages.length === 0 ? (
                  <p className="text-sm text-slate-700">Closed programmes stay as they are.</p>
                ) : (
                  <ul className="space-y-5">
                    {stages
                      .filter((stage) => next.kind !== "stage" || stage.to !== next.to)
                      .map((stage) => (
                        <li key={stage.to}>
                          {canWrite ? (
                            <ActionButton
                              action={changeProgramStatusAction}
                              input={{ programId: program.id, to: stage.to }}
                              label={stage.label}
                              variant={stage.ready && stage.to !== "CLOSED" && stage.to !== "DRAFT" ? "primary" : "secondary"}
                              confirm={stage.to === "CLOSED" ? "Close this programme? It cannot be reopened." : undefined}
                            />
                          ) : (
                            <p className="text-sm font-semibold text-slate-900">{stage.label}</p>
                          )}
                          <p className="mt-1.5 text-xs text-slate-600">{stage.outcome}</p>
                          {stage.listedUnderMissing && (
                            <p className="mt-2 text-xs text-amber-900">Not ready yet: see What is missing.</p>
                          )}
                          {stage.problems.length > 0 && (
                            <ul className="mt-2 list-disc space-y-0.5 pl-5 text-xs text-amber-900">
                              {stage.problems.map((p) => (
                                <li key={p}>{p}</li>
                              ))}
                            </ul>
                          )}
                        </li>
                      ))}
                  </ul>
                )}
              </Card>
              {canWrite && (
                <Card title="Run it again" description="A new draft with the same design, goals and form; nobody is enrolled.">
                  <DuplicateProgramButton id={program.id} action={duplicateProgramAction} />
                </Card>
              )}
            </div>
          </div>
        </div>
      );
    },
  );
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="text-xl font-semibold text-slate-900 tabular-nums">{value}</dd>
      {detail && <dd className="text-xs text-slate-600">{detail}</dd>}
    </div>
  );
}

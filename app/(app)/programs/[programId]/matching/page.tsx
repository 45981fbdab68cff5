import type { Metadata } from "next";
import { PairNames } from "@/components/pairs/pair-names";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ReasonForm } from "@/components/matching/end-pair-form";
import { ExplanationPanel } from "@/components/matching/explanation-panel";
import { RunMatchingButton } from "@/components/matching/run-button";
import { MatchingSettingsForm } from "@/components/matching/settings-form";
import { PersonCell } from "@/components/pairs/person-cell";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { Stat } from "@/components/ui/stat";
import { Table, Td, Th } from "@/components/ui/table";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { formatDate, formatPercent, plural } from "@/lib/format";
import { matchingModeLabels } from "@/lib/matching/schemas";
import { matchingWorkspace } from "@/lib/matching/workspace";
import { requirePageAccess } from "@/app/_server/session";
import {
  discardRunAction,
  endAndRematchAction,
  publishRunAction,
  runMatchingAction,
  saveMatchingSettingsAction,
  setConstraintAction,
} from "@/app/(app)/matching/actions";

export const metadata: Metadata = { title: "Matching workspace" };

type Sort = "score" | "mentee" | "mentor";
type Params = { params: Promise<{ programId: string }>; searchParams: Promise<{ sort?: string }> };

export default async function MatchingWorkspacePage({ params, searchParams }: Params) {
  const actor = await requirePageAccess("matching:read");
  const { programId } = await params;
  const { sort } = await searchParams;
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Workspace actor={actor} programId={programId} sort={sort === "mentee" || sort === "mentor" ? sort : "score"} />
    </Suspense>
  );
}

async function Workspace({ actor, programId, sort }: { actor: Actor; programId: string; sort: Sort }) {
  const workspace = await matchingWorkspace(actor, programId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { settings, draft, live, constraints } = workspace;
  const canWrite = can(actor, "matching:write");
  const waiting = workspace.waiting;
  const proposals = draft
    ? [...draft.matches].sort((a, b) =>
        sort === "mentee"
          ? a.mentee.user.name.localeCompare(b.mentee.user.name)
          : sort === "mentor"
            ? a.mentor.user.name.localeCompare(b.mentor.user.name)
            : (b.score ?? 0) - (a.score ?? 0),
      )
    : [];
  const sortLink = (key: Sort, label: string) => (
    <Link
      href={`?sort=${key}`}
      className={sort === key ? "text-brand-700 underline" : "hover:text-slate-700"}
      aria-current={sort === key ? "true" : undefined}
    >
      {label}
    </Link>
  );

  return (
    <>
      <p className="mb-4 text-sm text-slate-600">Matching: {matchingModeLabels[settings.matchingMode]}</p>
      {settings.status === "MATCHING" && live.length > 0 && !draft && (
        <div className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-xl bg-brand-50 px-5 py-4 ring-1 ring-brand-100">
          <p className="text-sm text-slate-800">
            <span className="font-semibold">Pairs are published.</span> Next: start the programme so they begin meeting.
          </p>
          <Link href={`/programs/${programId}`} className={buttonClass("primary")}>
            Start the programme on the Overview
          </Link>
        </div>
      )}
      <dl className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label="Approved mentors" value={String(workspace.approved.mentors)} />
        <Stat label="Approved mentees" value={String(workspace.approved.mentees)} />
        <Stat label="Live pairs" value={String(live.length)} />
        <Stat label="Waiting for a mentor" value={String(waiting)} />
      </dl>

      <div className="space-y-6">
        {canWrite && (
          <Card
            title="Cohort matching"
            description="Scores every eligible pair, then finds the assignment with the highest total score across the whole cohort within each mentor's capacity. Locked pairs are kept; forbidden pairs are never proposed."
          >
            {workspace.lastPublished && !draft && (
              <p className="mb-4 text-sm text-slate-700">
                Last published: {workspace.lastPublished.pairs} {plural(workspace.lastPublished.pairs, "pair")} on{" "}
                {formatDate(workspace.lastPublished.at)}
                {workspace.lastPublished.by && ` (run by ${workspace.lastPublished.by})`}; everyone in them was notified.
              </p>
            )}
            <RunMatchingButton
              programId={programId}
              mentees={waiting}
              mentors={workspace.approved.mentors}
              rerun={Boolean(draft)}
              action={runMatchingAction}
            />
          </Card>
        )}

        {draft && (
          <Card
            title="Proposals (draft)"
            description={`Run by ${draft.createdBy?.name ?? "a coordinator"} on ${formatDate(draft.createdAt)}. Nobody is told until you publish.`}
            actions={
              canWrite && (
                <div className="flex flex-wrap gap-2">
                  <ActionButton
                    action={publishRunAction}
                    input={{ runId: draft.id }}
                    label="Publish and notify"
                    variant="primary"
                    confirm={`Publish ${draft.matches.length} pairs and notify everyone in them?`}
                  />
                  <ActionButton
                    action={discardRunAction}
                    input={{ runId: draft.id }}
                    label="Discard draft"
                    confirm="Discard these proposals? Nothing has been published."
                  />
                </div>
              )
            }
          >
            <dl className="mb-5 grid grid-cols-2 gap-4 text-sm sm:grid-cols-4">
              <div>
                <dt className="text-xs text-slate-500">Matched</dt>
                <dd className="text-lg font-semibold">
                  {draft.summary.matched} <span className="text-sm font-normal text-slate-500">of {draft.summary.mentees}</span>
                </dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">Average pair score</dt>
                <dd className="text-lg font-semibold">{formatPercent(draft.averageScore)}</dd>
                <dd className="text-xs text-slate-500">
                  {draft.gainOverGreedy !== null && draft.gainOverGreedy > 0
                    ? `${formatPercent(draft.gainOverGreedy)} more in total than pairing the best pair first`
                    : "as good as pairing the best pair first"}
                </dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">Got a top-3 choice</dt>
                <dd className="text-lg font-semibold">{formatPercent(draft.summary.topThreeShare)}</dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">Score distribution</dt>
                <dd>
                  <div
                    className="mt-1 flex h-8 items-end gap-0.5"
                    role="img"
                    aria-label={`Pairs per score band: ${draft.summary.scoreBands.map((n, k) => `${k * 10}–${k * 10 + 10}%: ${n}`).join(", ")}`}
                  >
                    {draft.summary.scoreBands.map((count, band) => (
                      <span
                        key={band}
                        className="w-2.5 rounded-sm bg-brand-500"
                        style={{
                          height: `${Math.max(2, (count / Math.max(1, ...draft.summary.scoreBands)) * 32)}px`,
                          opacity: count ? 1 : 0.2,
                        }}
                      />
                    ))}
                  </div>
                </dd>
              </div>
            </dl>
            {proposals.length === 0 ? (
              <EmptyState title="No pair could be proposed">See the reasons below.</EmptyState>
            ) : (
              <Table caption="Proposed pairs">
                <thead className="bg-slate-50">
                  <tr>
                    <Th>{sortLink("mentor", "Mentor")}</Th>
                    <Th>{sortLink("mentee", "Mentee")}</Th>
                    <Th className="text-right">{sortLink("score", "Score")}</Th>
                    <Th>Why</Th>
                    {canWrite && <Th>Adjust</Th>}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {proposals.map((proposal) => {
                    const locked = workspace.locks.get(proposal.mentee.id) === proposal.mentor.id;
                    return (
                      <tr key={proposal.id}>
                        <Td>
                          <PersonCell
                            person={{
                              name: proposal.mentor.user.name,
                              title: proposal.mentor.user.title,
                              department: proposal.mentor.user.department?.name ?? null,
                            }}
                          />
                          <div className="mt-1 flex gap-1">
                            {locked && <Badge tone="brand">Locked</Badge>}
                            {proposal.source === "MANUAL" && <Badge tone="info">Chosen by hand</Badge>}
                          </div>
                        </Td>
                        <Td>
                          <PersonCell
                            person={{
                              name: proposal.mentee.user.name,
                              title: proposal.mentee.user.title,
                              department: proposal.mentee.user.department?.name ?? null,
                            }}
                          />
                        </Td>
                        <Td className="text-right font-semibold tabular-nums">{formatPercent(proposal.score)}</Td>
                        <Td className="min-w-80">
                          {proposal.explanation ? (
                            <details>
                              <summary className="cursor-pointer text-sm text-brand-700">
                                {proposal.explanation.parts
                                  .filter((p) => p.score > 0)
                                  .sort((a, b) => b.contribution - a.contribution)
                                  .slice(0, 1)
                                  .map((p) => p.evidence)
                                  .join("") || "Explanation"}
                              </summary>
                              <div className="mt-3">
                                <ExplanationPanel explanation={proposal.explanation} />
                              </div>
                            </details>
                          ) : (
                            "—"
                          )}
                        </Td>
                        {canWrite && (
                          <Td>
                            <div className="flex w-36 flex-wrap items-start gap-x-1">
                              <ActionButton
                                action={setConstraintAction}
                                input={{
                                  programId,
                                  menteeId: proposal.mentee.id,
                                  mentorId: proposal.mentor.id,
                                  kind: locked ? "NONE" : "LOCK",
                                }}
                                label={locked ? "Unlock" : "Lock"}
                                variant="ghost"
                              />
                              <ActionButton
                                action={setConstraintAction}
                                input={{ programId, menteeId: proposal.mentee.id, mentorId: proposal.mentor.id, kind: "FORBID" }}
                                label="Forbid"
                                variant="ghost"
                                confirm={`Never pair ${proposal.mentee.user.name} with ${proposal.mentor.user.name} in this programme?`}
                              />
                              <Link
                                href={`/programs/${programId}/matching/assign/${proposal.id}`}
                                className={buttonClass("ghost")}
                              >
                                Reassign
                              </Link>
                            </div>
                          </Td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </Table>
            )}
            {draft.summary.unmatched.length > 0 && (
              <div className="mt-5 border-t border-slate-100 pt-4">
                <h3 className="text-sm font-semibold text-slate-900">Not matched in this run</h3>
                <ul className="mt-2 space-y-1 text-sm">
                  {draft.summary.unmatched.map((u) => (
                    <li key={u.menteeId}>
                      <span className="font-medium text-slate-900">{u.name}</span>{" "}
                      <span className="text-slate-600">— {u.reason}</span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <details className="mt-5 border-t border-slate-100 pt-4">
              <summary className="cursor-pointer text-sm font-semibold text-slate-900">Mentor load</summary>
              <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
                {draft.summary.mentorLoad.map((l) => (
                  <li key={l.mentorId} className="flex justify-between gap-3">
                    <span>{l.name}</span>
                    <span className="text-slate-600 tabular-nums">
                      {l.load} of {l.capacity} places
                    </span>
                  </li>
                ))}
              </ul>
              <p className="mt-2 text-xs text-slate-500">
                Scored in {draft.summary.scoreMs} ms, solved in {draft.summary.solveMs} ms.
              </p>
            </details>
          </Card>
        )}

        <Card
          title="Live pairs"
          description="Published pairs. A flagged pair can be ended; its mentee goes back into the pool and is never re-proposed to the same mentor."
        >
          {live.length === 0 ? (
            <EmptyState title="No live pairs yet" />
          ) : (
            <ul className="divide-y divide-slate-100">
              {live.map((pair) => (
                <li key={pair.id} className="grid gap-3 py-3 first:pt-0 last:pb-0 md:grid-cols-[1fr_1fr_auto]">
                  <div>
                    <p className="text-sm font-semibold text-slate-900">
                      <PairNames mentor={pair.mentor.user.name} mentee={pair.mentee.user.name} />
                    </p>
                    <p className="text-xs text-slate-500">
                      {pair.status === "AWAITING_CONFIRMATION" ? "Awaiting confirmation" : `Since ${formatDate(pair.startedAt)}`}{" "}
                      · score {formatPercent(pair.score)}
                    </p>
                  </div>
                  <div>
                    {pair.flaggedAt && (
                      <p className="text-sm text-amber-800">
                        Flagged {formatDate(pair.flaggedAt)}: {pair.flagReason}
                      </p>
                    )}
                  </div>
                  {canWrite && (
                    <ReasonForm
                      target={{ matchId: pair.id }}
                      label="End and re-match"
                      placeholder="Why is this pair ending?"
                      action={endAndRematchAction}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>

        {constraints.length > 0 && (
          <Card title="Locked and forbidden pairs" description="Kept across runs.">
            <ul className="divide-y divide-slate-100">
              {constraints.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                  <span className="text-sm">
                    <Badge tone={c.kind === "LOCK" ? "brand" : "danger"}>{c.kind === "LOCK" ? "Locked" : "Forbidden"}</Badge>{" "}
                    <PairNames mentor={c.mentor.user.name} mentee={c.mentee.user.name} />
                  </span>
                  {canWrite && (
                    <ActionButton
                      action={setConstraintAction}
                      input={{ programId, menteeId: c.menteeId, mentorId: c.mentorId, kind: "NONE" }}
                      label="Clear"
                      variant="ghost"
                    />
                  )}
                </li>
              ))}
            </ul>
          </Card>
        )}

        {canWrite && (
          <Card title="Matching settings" description="Weights, hard rules and the way pairs are made in this programme.">
            <MatchingSettingsForm
              action={saveMatchingSettingsAction}
              initial={{
                programId,
                mode: settings.matchingMode,
                config: settings.config,
                selfMatchRequestLimit: settings.selfMatchRequestLimit,
                selfMatchResponseDays: settings.selfMatchResponseDays,
              }}
            />
          </Card>
        )}
      </div>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { ConstraintsCard } from "@/components/matching/constraints-card";
import { LivePairsCard } from "@/components/matching/live-pairs-card";
import { ProposalsCard } from "@/components/matching/proposals-card";
import { RunMatchingButton } from "@/components/matching/run-button";
import { MatchingSettingsForm } from "@/components/matching/settings-form";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import { can, type Actor } from "@/lib/auth/permissions";
import { formatDate, plural } from "@/lib/format";
import { matchingModeLabels } from "@/lib/matching/schemas";
import { proposalSort, type ProposalSort } from "@/lib/matching/sort-proposals";
import { matchingWorkspace } from "@/lib/matching/workspace";
import { permissionPage } from "@/app/_server/page-shell";
import { runMatchingAction, saveMatchingSettingsAction } from "@/app/(app)/matching/actions";
import { orNotFound } from "@/app/_server/or-not-found";

export const metadata: Metadata = { title: "Matching workspace" };

type Params = { params: Promise<{ programId: string }>; searchParams: Promise<{ sort?: string }> };

export default async function MatchingWorkspacePage({ params, searchParams }: Params) {
  const { programId } = await params;
  const { sort } = await searchParams;
  return permissionPage("matching:read", (actor) => <Workspace actor={actor} programId={programId} sort={proposalSort(sort)} />);
}

async function Workspace({ actor, programId, sort }: { actor: Actor; programId: string; sort: ProposalSort }) {
  const workspace = await orNotFound(matchingWorkspace(actor, programId));
  const { settings, draft, live, constraints } = workspace;
  const canWrite = can(actor, "matching:write");
  const waiting = workspace.waiting;

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

        {draft && <ProposalsCard programId={programId} draft={draft} locks={workspace.locks} sort={sort} canWrite={canWrite} />}

        <LivePairsCard live={live} canWrite={canWrite} />

        {constraints.length > 0 && <ConstraintsCard programId={programId} constraints={constraints} canWrite={canWrite} />}

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

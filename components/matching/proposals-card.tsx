import { DraftSummary } from "@/components/matching/draft-summary";
import { ProposalsTable } from "@/components/matching/proposals-table";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import { sortProposals, type ProposalSort } from "@/lib/matching/sort-proposals";
import type { matchingWorkspace } from "@/lib/matching/workspace";
import { discardRunAction, publishRunAction } from "@/app/(app)/matching/actions";

type Workspace = Awaited<ReturnType<typeof matchingWorkspace>>;

/** A draft run: what it proposes and why, who it left out, each mentor's load; publish or discard it. */
export function ProposalsCard({
  programId,
  draft,
  locks,
  sort,
  canWrite,
}: {
  programId: string;
  draft: NonNullable<Workspace["draft"]>;
  locks: Workspace["locks"];
  sort: ProposalSort;
  canWrite: boolean;
}) {
  const { summary } = draft;
  return (
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
      <DraftSummary draft={draft} />
      <ProposalsTable
        programId={programId}
        proposals={sortProposals(draft.matches, sort)}
        locks={locks}
        sort={sort}
        canWrite={canWrite}
      />
      {summary.unmatched.length > 0 && (
        <div className="mt-5 border-t border-slate-100 pt-4">
          <h3 className="text-sm font-semibold text-slate-900">Not matched in this run</h3>
          <ul className="mt-2 space-y-1 text-sm">
            {summary.unmatched.map((u) => (
              <li key={u.menteeId}>
                <span className="font-medium text-slate-900">{u.name}</span> <span className="text-slate-600">— {u.reason}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <details className="mt-5 border-t border-slate-100 pt-4">
        <summary className="cursor-pointer text-sm font-semibold text-slate-900">Mentor load</summary>
        <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
          {summary.mentorLoad.map((l) => (
            <li key={l.mentorId} className="flex justify-between gap-3">
              <span>{l.name}</span>
              <span className="text-slate-600 tabular-nums">
                {l.load} of {l.capacity} places
              </span>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-xs text-slate-500">
          Scored in {summary.scoreMs} ms, solved in {summary.solveMs} ms.
        </p>
      </details>
    </Card>
  );
}

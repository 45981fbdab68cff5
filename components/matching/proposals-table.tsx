import Link from "next/link";
import { ExplanationPanel } from "@/components/matching/explanation-panel";
import { PersonCell } from "@/components/pairs/person-cell";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable, NumTd, Td, type Column } from "@/components/ui/table";
import { formatPercent } from "@/lib/format";
import { leadingEvidence } from "@/lib/matching/leading-evidence";
import type { ProposalSort } from "@/lib/matching/sort-proposals";
import type { matchingWorkspace } from "@/lib/matching/workspace";
import { setConstraintAction } from "@/app/(app)/matching/actions";

type Workspace = Awaited<ReturnType<typeof matchingWorkspace>>;
type Proposal = NonNullable<Workspace["draft"]>["matches"][number];

const personOf = (side: Proposal["mentor"]) => ({
  name: side.user.name,
  title: side.user.title,
  department: side.user.department?.name ?? null,
});

/** The draft's proposed pairs, sortable by the column headings, each with its reasons and the coordinator's adjustments. */
export function ProposalsTable({
  programId,
  proposals,
  locks,
  sort,
  canWrite,
}: {
  programId: string;
  proposals: Proposal[];
  locks: Workspace["locks"];
  sort: ProposalSort;
  canWrite: boolean;
}) {
  const sortLink = (key: ProposalSort, label: string) => (
    <Link
      href={`?sort=${key}`}
      className={sort === key ? "text-brand-700 underline" : "hover:text-slate-700"}
      aria-current={sort === key ? "true" : undefined}
    >
      {label}
    </Link>
  );
  const columns: Column[] = [
    { label: sortLink("mentor", "Mentor") },
    { label: sortLink("mentee", "Mentee") },
    { label: sortLink("score", "Score"), numeric: true },
    "Why",
    ...(canWrite ? ["Adjust"] : []),
  ];

  return (
    <DataTable
      caption="Proposed pairs"
      columns={columns}
      rows={proposals}
      rowKey={(proposal) => proposal.id}
      empty={<EmptyState title="No pair could be proposed">See the reasons below.</EmptyState>}
    >
      {(proposal) => {
        const locked = locks.get(proposal.mentee.id) === proposal.mentor.id;
        const pair = { programId, menteeId: proposal.mentee.id, mentorId: proposal.mentor.id };
        return (
          <>
            <Td>
              <PersonCell person={personOf(proposal.mentor)} />
              <div className="mt-1 flex gap-1">
                {locked && <Badge tone="brand">Locked</Badge>}
                {proposal.source === "MANUAL" && <Badge tone="info">Chosen by hand</Badge>}
              </div>
            </Td>
            <Td>
              <PersonCell person={personOf(proposal.mentee)} />
            </Td>
            <NumTd className="font-semibold">{formatPercent(proposal.score)}</NumTd>
            <Td className="min-w-80">
              {proposal.explanation ? (
                <details>
                  <summary className="cursor-pointer text-sm text-brand-700">
                    {leadingEvidence(proposal.explanation) ?? "Explanation"}
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
                    input={{ ...pair, kind: locked ? "NONE" : "LOCK" }}
                    label={locked ? "Unlock" : "Lock"}
                    variant="ghost"
                  />
                  <ActionButton
                    action={setConstraintAction}
                    input={{ ...pair, kind: "FORBID" }}
                    label="Forbid"
                    variant="ghost"
                    confirm={`Never pair ${proposal.mentee.user.name} with ${proposal.mentor.user.name} in this programme?`}
                  />
                  <Link href={`/programs/${programId}/matching/assign/${proposal.id}`} className={buttonClass("ghost")}>
                    Reassign
                  </Link>
                </div>
              </Td>
            )}
          </>
        );
      }}
    </DataTable>
  );
}

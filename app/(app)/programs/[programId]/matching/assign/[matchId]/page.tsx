import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatPercent } from "@/lib/format";
import { mentorOptionsFor } from "@/lib/matching/workspace";
import { loadedPage } from "@/app/_server/page-shell";
import { findOrNotFound } from "@/app/_server/or-not-found";
import { assignManuallyAction, swapProposalsAction } from "@/app/(app)/matching/actions";

export const metadata: Metadata = { title: "Choose a mentor" };

type Params = { params: Promise<{ programId: string; matchId: string }> };

export default async function AssignPage({ params }: Params) {
  const { programId, matchId } = await params;
  return loadedPage("matching:write", findOrNotFound(mentorOptionsFor, matchId), (data) => (
    <>
      <PageHeader
        title={`Choose a mentor for ${data.menteeName}`}
        description={`${data.programName}: every mentor with a place left, scored for ${data.menteeName} right now. Assign to a mentor with a free place, or swap with a mentee of a full one. Your choice is locked so a re-run keeps it.`}
        actions={
          <Link href={`/programs/${programId}/matching`} className={buttonClass("secondary")}>
            Back to the workspace
          </Link>
        }
      />
      <Card>
        <Table caption={`Mentor options for ${data.menteeName}`}>
          <thead className="bg-slate-50">
            <tr>
              <Th>Mentor</Th>
              <Th className="text-right">Score</Th>
              <Th>Why</Th>
              <Th className="text-right">Places free in this run</Th>
              <Th>
                <span className="sr-only">Assign</span>
              </Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.options.map((option) => (
              <tr key={option.mentorId} className={option.eligible ? "" : "text-slate-400"}>
                <Td>
                  <span className="font-medium text-slate-900">{option.name}</span>{" "}
                  {option.current && <Badge tone="brand">Proposed now</Badge>}
                </Td>
                <Td className="text-right tabular-nums">{option.eligible ? formatPercent(option.score) : "—"}</Td>
                <Td className={option.eligible ? "" : "text-red-700"}>
                  {option.eligible ? option.why || "—" : `Not allowed: ${option.why}`}
                </Td>
                <Td className="text-right tabular-nums">{option.free}</Td>
                <Td>
                  {option.eligible && !option.current && option.free > 0 && (
                    <ActionButton action={assignManuallyAction} input={{ matchId, mentorId: option.mentorId }} label="Assign" />
                  )}
                  {option.eligible && !option.current && option.free <= 0 && (
                    <div className="flex flex-col items-start gap-1">
                      {option.swapWith.map((other) => (
                        <ActionButton
                          key={other.matchId}
                          action={swapProposalsAction}
                          input={{ matchId, otherMatchId: other.matchId }}
                          label={`Swap with ${other.menteeName}`}
                          variant="ghost"
                        />
                      ))}
                    </div>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </>
  ));
}

import { PairNames } from "@/components/pairs/pair-names";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DividedList } from "@/components/ui/table";
import type { matchingWorkspace } from "@/lib/matching/workspace";
import { setConstraintAction } from "@/app/(app)/matching/actions";

type Constraint = Awaited<ReturnType<typeof matchingWorkspace>>["constraints"][number];

/** Pairs a coordinator locked or forbade, kept across runs until cleared. */
export function ConstraintsCard({
  programId,
  constraints,
  canWrite,
}: {
  programId: string;
  constraints: Constraint[];
  canWrite: boolean;
}) {
  return (
    <Card title="Locked and forbidden pairs" description="Kept across runs.">
      <DividedList items={constraints} itemKey={(c) => c.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
        {(c) => (
          <>
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
          </>
        )}
      </DividedList>
    </Card>
  );
}

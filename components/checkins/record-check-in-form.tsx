import { choicesOf } from "@/components/ui/field";
import { InlineForm } from "@/components/ui/inline-form";
import {
  checkInChannelLabels,
  checkInChannels,
  checkInOutcomeLabels,
  checkInOutcomes,
  checkInWith,
  checkInWithLabels,
} from "@/lib/checkins/schemas";
import { recordCheckInAction } from "@/app/(app)/check-ins/actions";

/** Server-rendered so each render gets a fresh request key: a double submit records once. */
export function RecordCheckInForm({
  subject,
  today,
}: {
  subject: { programId: string; matchId?: string; participationId?: string };
  today: string;
}) {
  const fixed: Record<string, string> = { programId: subject.programId, requestKey: crypto.randomUUID() };
  if (subject.matchId) fixed.matchId = subject.matchId;
  if (subject.participationId) fixed.participationId = subject.participationId;
  return (
    <InlineForm
      fields={[
        { name: "heldOn", label: "Date", type: "date" },
        ...(subject.matchId
          ? [
              {
                name: "withWhom",
                label: "With whom",
                type: "select" as const,
                options: choicesOf(checkInWith, checkInWithLabels),
              },
            ]
          : []),
        { name: "channel", label: "How", type: "select", options: choicesOf(checkInChannels, checkInChannelLabels) },
        { name: "outcome", label: "How it is going", type: "select", options: choicesOf(checkInOutcomes, checkInOutcomeLabels) },
        { name: "followUpOn", label: "Follow up on (optional)", type: "date" },
        {
          name: "note",
          label: "Note",
          type: "textarea",
          hint: "Only coordinators see this note: never the pair, executives or exports.",
        },
      ]}
      fixed={fixed}
      initial={{ heldOn: today, withWhom: "BOTH" }}
      submitLabel="Record check-in"
      submitVariant="primary"
      action={recordCheckInAction}
    />
  );
}

import { Card } from "@/components/ui/card";
import { InlineForm } from "@/components/ui/inline-form";
import type { Actor } from "@/lib/auth/permissions";
import { getCheckInPolicy } from "@/lib/checkins/get-policy";
import { updateCheckInPolicyAction } from "@/app/(app)/check-ins/actions";

export async function CheckInPolicyForm({ actor, programId }: { actor: Actor; programId: string }) {
  const policy = await getCheckInPolicy(actor, programId);
  return (
    <Card
      title="Check-in settings"
      description="When a pair or mentor lands on this programme's queue, how often every pair gets a regular check-in, and when a mentor is paused from self-match."
    >
      <InlineForm
        fields={[
          { name: "firstSessionDays", label: "Days to hold a first session after matching" },
          {
            name: "cadenceDays",
            label: "Longest gap between sessions (days)",
            hint: "Quiet pairs are also reminded once per gap.",
          },
          { name: "agreementDays", label: "Days to sign the agreement" },
          { name: "checkInEveryDays", label: "Regular check-in with every pair, every … days", hint: "90 is once a quarter." },
          {
            name: "lowPulseThreshold",
            label: "A pulse answer at or below this needs a call (1 to 4)",
            hint: "Pulse questions are answered from 1 to 5. With 2, an answer of 1 or 2 puts the pair on the queue.",
          },
          {
            name: "unansweredRequestLimit",
            label: "Pause a mentor from self-match after this many unanswered requests (1 to 10)",
            hint: "Requests left past their deadline count from the mentor's last answer. Answering a request, or your un-pause, ends the pause.",
          },
        ]}
        fixed={{ programId }}
        initial={Object.fromEntries(Object.entries(policy).map(([k, v]) => [k, String(v)]))}
        resetOnSuccess={false}
        submitLabel="Save settings"
        action={updateCheckInPolicyAction}
      />
    </Card>
  );
}

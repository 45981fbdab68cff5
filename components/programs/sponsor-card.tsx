import { SponsorRequestForm } from "@/components/programs/sponsor-request-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ActionResult } from "@/lib/action-result";
import { formatDate } from "@/lib/format";
import type { getSponsorSignOff } from "@/lib/programs/sponsor/get-sponsor-sign-off";
import type { SponsorSignOffState } from "@/lib/programs/sponsor/sign-off-state";

/** The Design tab's sponsor card: where the sponsor's sign-off stands, and asking them for it. */
export function SponsorCard({
  programId,
  signOff,
  editable,
  action,
}: {
  programId: string;
  signOff: Awaited<ReturnType<typeof getSponsorSignOff>>;
  editable: boolean;
  action: (input: { programId: string; sponsorId: string }) => Promise<ActionResult>;
}) {
  return (
    <Card
      id="sponsor"
      title="Executive sponsor"
      description="The sponsor signs off the programme's purpose, goals, dates, type and budget themselves. Changing any of these afterwards asks them again."
    >
      <div className="mb-4 text-sm text-slate-800" data-testid="sponsor-sign-off">
        <SponsorStatus state={signOff.state} />
      </div>
      {editable && (
        <SponsorRequestForm
          programId={programId}
          executives={signOff.executives}
          others={signOff.others}
          currentSponsorId={signOff.sponsorId}
          action={action}
        />
      )}
    </Card>
  );
}

function Comment({ text }: { text: string | null }) {
  return text ? <span className="mt-1 block whitespace-pre-line text-slate-600">“{text}”</span> : null;
}

function SponsorStatus({ state }: { state: SponsorSignOffState }) {
  switch (state.kind) {
    case "none":
      return <p className="text-slate-600">No sponsor has been asked yet.</p>;
    case "recorded":
      return (
        <p>
          <Badge>Recorded by the programme office</Badge> {state.sponsorName} signed off on {formatDate(state.signedOffAt)}. Ask
          them below to sign off in Pairwise themselves.
          <Comment text={state.comment} />
        </p>
      );
    case "waiting":
      return (
        <p>
          <Badge tone="warning">Waiting</Badge> Asked {state.sponsorName} on {formatDate(state.askedAt)}
          {state.askedByName ? ` (asked by ${state.askedByName})` : ""}; waiting for their sign-off.
        </p>
      );
    case "signed-off":
      return (
        <p>
          <Badge tone="success">Signed off</Badge> by {state.sponsorName} on {formatDate(state.signedOffAt)}
          <Comment text={state.comment} />
        </p>
      );
    case "not-yet":
      return (
        <p>
          <Badge tone="danger">Not yet</Badge> {state.sponsorName} said not yet on {formatDate(state.notYetAt)}. Make the changes,
          then ask them again.
          <Comment text={state.comment} />
        </p>
      );
  }
}

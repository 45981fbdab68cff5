import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { InlineForm, type InlineField } from "@/components/ui/inline-form";
import type { ActionResult } from "@/lib/action-result";
import { formatDate } from "@/lib/format";
import type { SponsorSignOffState } from "@/lib/programs/sponsor/sign-off-state";

type Action = (input: Record<string, string>) => Promise<ActionResult>;

/** Both answers carry one comment box; only its question differs. */
const comment = (label: string, hint: string): InlineField => ({ name: "comment", label, type: "textarea", hint });
const notYetHint = "This goes back to the programme office, who will change the programme and ask you again.";

/** The sponsor's answer: sign off with an optional comment, or "not yet" with what should change. */
export function SponsorAnswer({
  programId,
  state,
  actions,
}: {
  programId: string;
  state: SponsorSignOffState;
  actions: { signOff: Action; notYet: Action };
}) {
  const fixed = { programId };
  if (state.kind === "signed-off")
    return (
      <Card title="Your answer">
        <p className="text-sm text-slate-800" data-testid="sponsor-answer">
          <Badge tone="success">Signed off</Badge> You signed this programme off on {formatDate(state.signedOffAt)}.
          {state.comment && <span className="mt-1 block whitespace-pre-line text-slate-600">“{state.comment}”</span>}
        </p>
      </Card>
    );
  return (
    <Card title="Your answer">
      <div className="space-y-6" data-testid="sponsor-answer">
        {state.kind === "not-yet" && (
          <p className="text-sm text-slate-800">
            <Badge tone="warning">Not yet</Badge> You said not yet on {formatDate(state.notYetAt)}. The programme office will ask
            you again once it has made changes; you can still sign off now.
            {state.comment && <span className="mt-1 block whitespace-pre-line text-slate-600">“{state.comment}”</span>}
          </p>
        )}
        <InlineForm
          fixed={fixed}
          submitLabel="Sign off"
          submitVariant="primary"
          resetOnSuccess={false}
          action={actions.signOff}
          fields={[comment("Comment (optional)", "The programme office sees it beside your sign-off.")]}
        />
        {state.kind !== "not-yet" && (
          <InlineForm
            fixed={fixed}
            submitLabel="Not yet"
            resetOnSuccess={false}
            action={actions.notYet}
            fields={[comment("What would you like changed first?", notYetHint)]}
          />
        )}
      </div>
    </Card>
  );
}

import { AgreementForm } from "@/components/pairs/agreement-form";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ActionResult } from "@/lib/action-result";
import { formatDate } from "@/lib/format";
import { agreementTermKeys, agreementTermLabels } from "@/lib/pairs/agreement-terms";
import type { PairWorkspace } from "@/lib/pairs/pair-workspace";

type Action = (input: unknown) => Promise<ActionResult>;

export function AgreementPanel({
  matchId,
  agreement,
  partnerName,
  active,
  sign,
  update,
}: {
  matchId: string;
  agreement: PairWorkspace["agreement"];
  partnerName: string;
  active: boolean;
  sign: Action;
  update: Action;
}) {
  const both = agreement.mySignedAt !== null && agreement.partnerSignedAt !== null;
  return (
    <Card
      title="Mentoring agreement"
      description={`Version ${agreement.version}${agreement.fromTemplate ? " · from your programme's template" : ""}`}
      actions={<Badge tone={both ? "success" : "warning"}>{both ? "Signed by both" : "Not yet signed by both"}</Badge>}
    >
      <dl className="space-y-3 text-sm">
        {agreementTermKeys
          .filter((key) => agreement.terms[key])
          .map((key) => (
            <div key={key}>
              <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{agreementTermLabels[key]}</dt>
              <dd className="whitespace-pre-line text-slate-700">{agreement.terms[key]}</dd>
            </div>
          ))}
      </dl>
      <ul className="mt-4 space-y-1 border-t border-slate-100 pt-3 text-sm">
        <li className={agreement.mySignedAt ? "text-emerald-800" : "text-slate-600"}>
          {agreement.mySignedAt ? `✓ You signed on ${formatDate(agreement.mySignedAt)}` : "You have not signed this version"}
        </li>
        <li className={agreement.partnerSignedAt ? "text-emerald-800" : "text-slate-600"}>
          {agreement.partnerSignedAt
            ? `✓ ${partnerName} signed on ${formatDate(agreement.partnerSignedAt)}`
            : `${partnerName} has not signed this version`}
        </li>
      </ul>
      {active && (
        <div className="mt-4 space-y-3">
          {!agreement.mySignedAt && (
            <ActionButton
              action={sign}
              input={{ matchId, version: agreement.version }}
              label={`Sign version ${agreement.version}`}
              variant="primary"
            />
          )}
          <details>
            <summary className="cursor-pointer text-sm font-medium text-brand-700">Change the agreement</summary>
            <div className="mt-3">
              <AgreementForm
                ids={{ matchId, version: agreement.version }}
                terms={agreement.terms}
                hint="Saving a change makes a new version that you both sign again."
                submitLabel="Save as a new version"
                action={update}
              />
            </div>
          </details>
        </div>
      )}
    </Card>
  );
}

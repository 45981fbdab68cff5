import { AgreementForm } from "@/components/pairs/agreement-form";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ActionResult } from "@/lib/action-result";
import { formatDate } from "@/lib/format";
import { agreementTermKeys, agreementTermLabels, type AgreementTerms } from "@/lib/pairs/agreement-terms";

type Action = (input: unknown) => Promise<ActionResult>;

export interface AgreementSigner {
  name: string;
  signedAt: Date | null;
  /** The viewer: shown as "You". */
  me: boolean;
}

/**
 * A pair's or a group's agreement: its terms, who has signed this version, and (while it runs)
 * the viewer's signature and a change, which makes a new version everyone signs again.
 */
export function AgreementPanel({
  target,
  agreement,
  signers,
  active,
  sign,
  update,
}: {
  target: { matchId: string } | { groupId: string };
  agreement: { terms: AgreementTerms; version: number; fromTemplate: boolean };
  signers: AgreementSigner[];
  active: boolean;
  sign: Action;
  update: Action;
}) {
  const all = signers.every((s) => s.signedAt !== null);
  const everyone = signers.length === 2 ? "both" : "everyone";
  const mine = signers.find((s) => s.me);
  return (
    <Card
      title="Mentoring agreement"
      description={`Version ${agreement.version}${agreement.fromTemplate ? " · from your programme's template" : ""}`}
      actions={
        <Badge tone={all ? "success" : "warning"}>{all ? `Signed by ${everyone}` : `Not yet signed by ${everyone}`}</Badge>
      }
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
      <ul className="mt-4 space-y-1 border-t border-slate-100 pt-3 text-sm" aria-label="Signatures">
        {signers.map((signer) => (
          <li key={`${signer.me}-${signer.name}`} className={signer.signedAt ? "text-emerald-800" : "text-slate-600"}>
            {signer.signedAt
              ? `✓ ${signer.me ? "You" : signer.name} signed on ${formatDate(signer.signedAt)}`
              : `${signer.me ? "You have" : `${signer.name} has`} not signed this version`}
          </li>
        ))}
      </ul>
      {active && (
        <div className="mt-4 space-y-3">
          {mine && !mine.signedAt && (
            <ActionButton
              action={sign}
              input={{ ...target, version: agreement.version }}
              label={`Sign version ${agreement.version}`}
              variant="primary"
            />
          )}
          <details>
            <summary className="cursor-pointer text-sm font-medium text-brand-700">Change the agreement</summary>
            <div className="mt-3">
              <AgreementForm
                ids={{ ...target, version: agreement.version }}
                terms={agreement.terms}
                hint={`Saving a change makes a new version that ${signers.length === 2 ? "you both sign" : "everyone in the group signs"} again.`}
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

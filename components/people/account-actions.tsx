"use client";

import { ActionButton } from "@/components/ui/action-button";
import type { ActionResult } from "@/lib/action-result";

type Account = { userId: string };

/** An administrator's account controls for one person: sign-in waits, reset link, leaver status. */
export function AccountActions({
  person,
  actions,
}: {
  person: { id: string; name: string; active: boolean; erased: boolean };
  actions: {
    setActive: (input: Account & { active: boolean }) => Promise<ActionResult>;
    unlock: (input: Account) => Promise<ActionResult>;
    sendReset: (input: Account) => Promise<ActionResult>;
    erase: (input: Account) => Promise<ActionResult>;
  };
}) {
  const account = { userId: person.id };
  if (person.erased) return <span className="text-xs text-slate-500">Personal data erased</span>;
  return (
    <div className="flex flex-col items-start gap-1.5">
      {person.active && (
        <>
          <ActionButton variant="ghost" action={actions.unlock} input={account} label="Lift sign-in waits" />
          <ActionButton variant="ghost" action={actions.sendReset} input={account} label="Send password reset link" />
        </>
      )}
      <ActionButton
        variant="ghost"
        action={actions.setActive}
        input={{ ...account, active: !person.active }}
        label={person.active ? "Deactivate" : "Reactivate"}
        confirm={
          person.active
            ? `Deactivate ${person.name}? They are signed out and cannot sign in until reactivated; their history stays.`
            : undefined
        }
      />
      {!person.active && (
        <ActionButton
          variant="ghost"
          action={actions.erase}
          input={account}
          label="Erase personal data"
          confirm={`Erase ${person.name}'s personal data for good? Their name, e-mail, profile, application answers and messages are deleted and cannot be recovered. Department, level and dates stay, so programme figures do not change.`}
        />
      )}
    </div>
  );
}

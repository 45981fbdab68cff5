"use server";

import { changeUserRole } from "@/lib/people/people";
import { accountActiveSchema, accountSchema, erasePersonSchema, roleChangeSchema } from "@/lib/people/schemas";
import { erasePerson } from "@/lib/people/accounts/erase-person";
import { setAccountActive } from "@/lib/people/accounts/set-account-active";
import { unlockSignIn } from "@/lib/people/accounts/unlock-sign-in";
import { sendPasswordReset } from "@/lib/auth/password-reset/send-password-reset";
import { resetLinkMinutes } from "@/lib/auth/password-reset/token";
import type { ActionResult } from "@/lib/action-result";
import { act } from "@/app/_server/run-action";

export async function changeUserRoleAction(input: unknown): Promise<ActionResult> {
  return act(input, roleChangeSchema, changeUserRole, (user) => `${user.name}'s role is updated.`, ["/people"]);
}

export async function setAccountActiveAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    accountActiveSchema,
    setAccountActive,
    (user) => (user.active ? `${user.name} can sign in again.` : `${user.name} is deactivated and signed out.`),
    ["/people"],
  );
}

export async function unlockSignInAction(input: unknown): Promise<ActionResult> {
  return act(input, accountSchema, unlockSignIn, (user) => `${user.name} can try signing in again straight away.`, ["/people"]);
}

export async function sendPasswordResetAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    accountSchema,
    (actor, account) => sendPasswordReset(actor, account),
    (sent) =>
      sent.link
        ? `No mail server is set, so give ${sent.name} this link yourself. It works once, for ${resetLinkMinutes} minutes: ${sent.link}`
        : `${sent.name} has been e-mailed a link to choose a new password. It works once, for ${resetLinkMinutes} minutes.`,
  );
}

export async function erasePersonAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    erasePersonSchema,
    (actor, account) => erasePerson(actor, account),
    (erased) => `${erased.name}'s personal data is erased. Programme figures are unchanged.`,
    ["/people"],
  );
}

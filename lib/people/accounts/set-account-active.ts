import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccountActive } from "@/lib/people/schemas";

/**
 * Deactivates a leaver (their sessions stop at the next request, their history stays) or brings
 * them back. Setting the state it already has is not an error, so a repeated click is harmless.
 */
export async function setAccountActive(actor: Actor, input: AccountActive): Promise<{ name: string; active: boolean }> {
  requirePermission(actor, "people:manage-accounts");
  if (input.userId === actor.id && !input.active) {
    throw new AppError("CONFLICT", "You cannot deactivate your own account. Ask another administrator.");
  }
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { name: true, erasedAt: true } });
    if (!user) throw new AppError("NOT_FOUND", "That person no longer exists. Refresh the page.");
    if (user.erasedAt)
      throw new AppError("CONFLICT", "This person's personal data was erased, so the account cannot be used again.");
    const changed = await tx.user.updateMany({
      where: { id: input.userId, active: !input.active },
      data: { active: input.active },
    });
    if (changed.count === 1) {
      await recordAudit(tx, actor, {
        action: input.active ? "person.reactivated" : "person.deactivated",
        target: { type: "User", id: input.userId },
        summary: `${input.active ? "Reactivated" : "Deactivated"} ${user.name}'s account`,
      });
    }
    return { name: user.name, active: input.active };
  });
}

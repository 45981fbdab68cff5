import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { queuedTransaction } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";

/** How an erased person is shown everywhere their history still appears. */
export const erasedName = "Former employee";

/**
 * Erases a deactivated leaver's personal data: name, e-mail, title, password, manager link,
 * profile, application answers, private session reflections, messages, calendar feed and reset links. What programme figures
 * rest on stays (department, level, location, hire date, participations, pairs, sessions and HR
 * outcomes), keyed by an id that no longer leads to a person, so every KPI, retention and ROI
 * figure reads the same before and after. Erasing twice, or in parallel, erases once.
 */
export async function erasePerson(actor: Actor, input: { userId: string }, now = new Date()): Promise<{ name: string }> {
  requirePermission(actor, "people:manage-accounts");
  if (input.userId === actor.id) throw new AppError("CONFLICT", "You cannot erase your own account. Ask another administrator.");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { name: true, email: true, active: true, erasedAt: true },
    });
    if (!user) throw new AppError("NOT_FOUND", "That person no longer exists. Refresh the page.");
    if (user.erasedAt) throw new AppError("CONFLICT", "This person's personal data has already been erased.");
    if (user.active) throw new AppError("CONFLICT", `Deactivate ${user.name} first: only a leaver's data can be erased.`);

    const claimed = await tx.user.updateMany({
      where: { id: input.userId, erasedAt: null, active: false },
      data: {
        erasedAt: now,
        name: erasedName,
        email: `erased-${input.userId}@erased.invalid`,
        title: null,
        passwordHash: null,
        ssoSubject: null,
        managerId: null,
      },
    });
    if (claimed.count === 0) throw new AppError("CONFLICT", "This person's personal data has already been erased.");
    await tx.profile.deleteMany({ where: { userId: input.userId } });
    await tx.applicationAnswer.deleteMany({ where: { participation: { userId: input.userId } } });
    await tx.participation.updateMany({ where: { userId: input.userId }, data: { decisionNote: null } });
    await tx.sessionReflection.deleteMany({ where: { authorId: input.userId } });
    await tx.notification.deleteMany({ where: { userId: input.userId } });
    await tx.notificationPreference.deleteMany({ where: { userId: input.userId } });
    await tx.calendarFeed.deleteMany({ where: { userId: input.userId } });
    await tx.passwordReset.deleteMany({ where: { userId: input.userId } });
    await tx.signInThrottle.deleteMany({ where: { key: { startsWith: `account:${user.email}` } } });
    await tx.signInThrottle.deleteMany({ where: { key: { startsWith: `pair:${user.email}|` } } });
    await recordAudit(
      tx,
      actor,
      { action: "person.erased", target: { type: "User", id: input.userId }, summary: "Erased a leaver's personal data" },
      now,
    );
    return { name: user.name };
  }, queuedTransaction);
}

import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findMyMatch } from "@/lib/matching/my-match";
import { putPairConstraint } from "@/lib/matching/pair-constraint";
import { formGroups } from "@/lib/groups/form-groups";
import { lockProgram } from "@/lib/matching/program-lock";
import type { confirmMatchSchema } from "@/lib/matching/schemas";
import { notify } from "@/lib/notifications/notify";
import { requestEvaluationRefresh } from "@/lib/kpi/request-evaluation-refresh";

/** Hybrid programmes: each side accepts or declines the matcher's proposal. */
export async function confirmMatch(
  actor: Actor,
  input: z.output<typeof confirmMatchSchema>,
  now = new Date(),
): Promise<{ status: string }> {
  requirePermission(actor, "own-mentoring:write");
  const match = await findMyMatch(actor, input.matchId);
  if (match.status !== "AWAITING_CONFIRMATION")
    throw new AppError("CONFLICT", "This pairing is no longer waiting for confirmation.");
  const iAmMentor = match.mentor.userId === actor.id;
  const other = iAmMentor ? match.mentee : match.mentor;
  const result = await db.$transaction(async (tx) => {
    await lockProgram(tx, match.programId);
    if (!input.accept) {
      await tx.match.update({
        where: { id: match.id },
        data: { status: "ENDED", endedAt: now, endReason: `Declined by the ${iAmMentor ? "mentor" : "mentee"}` },
      });
      await putPairConstraint(tx, { programId: match.programId, menteeId: match.menteeId, mentorId: match.mentorId }, "FORBID");
      await notify(tx, [
        {
          userId: other.userId,
          subject: "A proposed pairing did not go ahead",
          body: `${match.program.name}: your coordinator will propose someone else.`,
          link: "/me/mentoring",
        },
      ]);
      return { status: "ENDED" };
    }
    const data = iAmMentor ? { mentorConfirmedAt: now } : { menteeConfirmedAt: now };
    const bothConfirmed = (iAmMentor ? match.menteeConfirmedAt : match.mentorConfirmedAt) !== null;
    await tx.match.update({
      where: { id: match.id },
      data: bothConfirmed ? { ...data, status: "ACTIVE", startedAt: now } : data,
    });
    if (bothConfirmed) {
      await formGroups(tx, match.programId, now);
      await notify(tx, [
        {
          userId: other.userId,
          subject: `${actor.name} confirmed: your pairing has started`,
          body: `${match.program.name}: arrange your first session.`,
          link: "/me/mentoring",
        },
      ]);
    }
    return { status: bothConfirmed ? "ACTIVE" : "AWAITING_CONFIRMATION" };
  });
  // A pair that starts is a new participation start for the comparison.
  if (result.status === "ACTIVE") await requestEvaluationRefresh(now);
  return result;
}

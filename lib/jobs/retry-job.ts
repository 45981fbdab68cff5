import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Puts a failed (or waiting-to-retry) job back in the queue to run now, with fresh attempts. */
export async function retryJobNow(actor: Actor, input: { jobId: string }, now = new Date()): Promise<void> {
  requirePermission(actor, "jobs:manage");
  const updated = await db.job.updateMany({
    where: { id: input.jobId, OR: [{ status: "FAILED" }, { status: "PENDING" }] },
    data: { status: "PENDING", runAt: now, attempts: 0 },
  });
  if (updated.count === 0) {
    throw new AppError("CONFLICT", "That job is running or has already succeeded; refresh the page to see where it is.");
  }
}

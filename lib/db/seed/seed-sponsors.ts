import { addDays } from "date-fns";
import type { PrismaClient } from "@/lib/db/generated/client";
import { draftProgram, leadershipProgram } from "@/lib/db/seed/programs";
import { askSponsor } from "@/lib/programs/sponsor/ask-sponsor";
import { sponsorCardPath, sponsorSignOffPath } from "@/lib/programs/sponsor/paths";
import { signOffProgramme } from "@/lib/programs/sponsor/sign-off-programme";

const person = { id: true, name: true, email: true, role: true } as const;

/**
 * Demo sponsor sign-offs, through the same functions the programme office and sponsors use: Helena
 * Marsh, the chief executive, was asked to sign off the Leadership Accelerator before it opened and
 * did; the New Manager Foundations draft waits in her inbox. A programme with a sponsor is skipped.
 */
export async function seedSponsors(db: PrismaClient, now: Date): Promise<void> {
  const [amara, rosa, helena] = await Promise.all(
    ["Amara Okafor", "Rosa Delgado", "Helena Marsh"].map((name) => db.user.findFirst({ where: { name }, select: person })),
  );
  const programs = await db.program.findMany({
    where: { slug: { in: [leadershipProgram.slug, draftProgram.slug] } },
    select: { id: true, slug: true, sponsorId: true },
  });
  const leadership = programs.find((p) => p.slug === leadershipProgram.slug);
  const draft = programs.find((p) => p.slug === draftProgram.slug);
  if (!amara || !rosa || !helena) return;

  if (leadership && !leadership.sponsorId) {
    const askedAt = addDays(now, -(leadershipProgram.startedDaysAgo + 60));
    const signedAt = addDays(askedAt, 2);
    await askSponsor(amara, { programId: leadership.id, sponsorId: helena.id }, askedAt);
    await signOffProgramme(
      helena,
      { programId: leadership.id, comment: "Go ahead. I want to see the retention figures at the half-way review." },
      signedAt,
    );
    // Both read their messages at the time: the request and the answer are history by now.
    await db.notification.updateMany({
      where: { link: { in: [sponsorSignOffPath(leadership.id), sponsorCardPath(leadership.id)] } },
      data: { createdAt: signedAt, readAt: signedAt },
    });
  }
  if (draft && !draft.sponsorId) {
    const askedAt = addDays(now, -2);
    await askSponsor(rosa, { programId: draft.id, sponsorId: helena.id }, askedAt);
    await db.notification.updateMany({ where: { link: sponsorSignOffPath(draft.id) }, data: { createdAt: askedAt } });
  }
}

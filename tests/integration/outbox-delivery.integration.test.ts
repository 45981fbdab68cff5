import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { nudgeQuietPairs } from "@/lib/checkins/nudge-quiet-pairs";
import { deliverOutbox, maxEmailAttempts, type OutgoingMail } from "@/lib/notifications/deliver";
import { createLivePair, createUser } from "../factories";

const t0 = new Date("2026-03-02T09:00:00Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
const days = (n: number) => new Date(t0.getTime() + n * 86_400_000);

async function queue(count: number, kind = "GENERAL") {
  const person = await createUser();
  await db.notification.createMany({
    data: Array.from({ length: count }, (_, i) => ({ userId: person.id, subject: `Message ${i}`, body: "Hello", kind })),
  });
  return person;
}

describe("outbox delivery", () => {
  it("never sends a message twice, even with 20 senders at once", async () => {
    await queue(30);
    const sent: OutgoingMail[] = [];
    const sender = async (mail: OutgoingMail) => {
      await db.$queryRaw`SELECT 1`;
      sent.push(mail);
    };
    await Promise.all(Array.from({ length: 20 }, () => deliverOutbox({ now: t0, sender, limit: 7 })));
    await deliverOutbox({ now: t0, sender });
    expect(sent).toHaveLength(30);
    expect(new Set(sent.map((m) => m.subject)).size).toBe(30);
    expect(await db.notification.count({ where: { sentAt: t0 } })).toBe(30);
  });

  it("retries a refused message with growing waits, then shows it failed with the error", async () => {
    await queue(1);
    const attemptsAt: Date[] = [];
    const refuse = async () => {
      throw new Error("550 mailbox unavailable");
    };
    for (let minute = 0; minute <= 120; minute += 1) {
      const report = await deliverOutbox({ now: minutes(minute), sender: refuse });
      if (report.failed > 0) attemptsAt.push(minutes(minute));
    }
    expect(attemptsAt.map((at) => (at.getTime() - t0.getTime()) / 60_000)).toEqual([0, 3, 8, 17, 34].slice(0, maxEmailAttempts));
    const message = await db.notification.findFirstOrThrow();
    expect(message).toMatchObject({ sentAt: null, emailAttempts: maxEmailAttempts, emailError: "550 mailbox unavailable" });
    expect(message.emailFailedAt).toEqual(minutes(34));
  });

  it("follows each person's preferences, except for kinds that cannot be turned off", async () => {
    const person = await queue(1, "NUDGE");
    await db.notification.createMany({
      data: [
        { userId: person.id, subject: "Survey", body: "", kind: "SURVEY" },
        { userId: person.id, subject: "Matched", body: "", kind: "MATCH_PUBLISHED" },
      ],
    });
    await db.notificationPreference.createMany({
      data: [
        { userId: person.id, kind: "NUDGE", delivery: "OFF" },
        { userId: person.id, kind: "SURVEY", delivery: "WEEKLY_DIGEST" },
        { userId: person.id, kind: "MATCH_PUBLISHED", delivery: "OFF" },
      ],
    });
    const sent: string[] = [];
    const report = await deliverOutbox({ now: t0, sender: async (mail) => void sent.push(mail.subject) });
    expect(sent).toEqual(["Matched"]);
    expect(report).toEqual({ sent: 1, failed: 0, heldBack: 2 });
    expect(await db.notification.findFirstOrThrow({ where: { kind: "NUDGE" } })).toMatchObject({ emailSkippedAt: t0 });
    expect(await db.notification.findFirstOrThrow({ where: { kind: "SURVEY" } })).toMatchObject({ heldForDigestAt: t0 });
  });
});

describe("nudging quiet pairs", () => {
  it("reminds both people once per cadence period", async () => {
    const program = await db.program.create({ data: { slug: `nudge-${Date.now()}`, name: "Nudge Circle", status: "ACTIVE" } });
    await db.checkInPolicy.create({ data: { programId: program.id, cadenceDays: 14 } });
    const [mentor, mentee] = [await createUser(), await createUser()];
    const { match } = await createLivePair(program.id, {
      mentorUserId: mentor.id,
      menteeUserId: mentee.id,
      startedAt: t0,
    });
    expect(await nudgeQuietPairs(days(14))).toBe(0);
    expect(await nudgeQuietPairs(days(15))).toBe(2);
    expect(await nudgeQuietPairs(days(20))).toBe(0);
    expect(await Promise.all(Array.from({ length: 5 }, () => nudgeQuietPairs(days(21))))).toEqual([0, 0, 0, 0, 0]);
    expect(await nudgeQuietPairs(days(29))).toBe(2);
    await db.mentoringSession.create({ data: { matchId: match.id, occurredAt: days(30), durationMinutes: 45 } });
    expect(await nudgeQuietPairs(days(40))).toBe(0);
    expect(await nudgeQuietPairs(days(45))).toBe(2);
    const nudges = await db.notification.findMany({ where: { kind: "NUDGE", userId: mentee.id }, orderBy: { createdAt: "asc" } });
    expect(nudges).toHaveLength(3);
    expect(nudges[0]!.subject).toBe(`Time to meet ${mentor.name} again`);
  });
});

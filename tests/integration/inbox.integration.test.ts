import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deliverOutbox } from "@/lib/notifications/deliver";
import { countUnread, listInbox } from "@/lib/notifications/inbox";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mark-read";
import { listMyPreferences, saveMyPreferences } from "@/lib/notifications/preferences";
import { preferencesSchema } from "@/lib/notifications/schemas";
import { sendWeeklyDigests } from "@/lib/notifications/send-weekly-digests";
import { createActor } from "../factories";

const t0 = new Date("2026-03-02T09:00:00Z");

describe("inbox", () => {
  it("shows a person only their own notifications, newest first, with the unread count", async () => {
    const [me, someoneElse] = [await createActor("EMPLOYEE"), await createActor("EMPLOYEE")];
    await db.notification.createMany({
      data: [
        { userId: me.id, subject: "Older", body: "", createdAt: new Date("2026-03-01T00:00:00Z"), link: "/me/mentoring" },
        { userId: me.id, subject: "Newer", body: "", createdAt: new Date("2026-03-02T00:00:00Z") },
        { userId: someoneElse.id, subject: "Not mine", body: "" },
      ],
    });
    const inbox = await listInbox(me);
    expect(inbox.items.map((i) => i.subject)).toEqual(["Newer", "Older"]);
    expect(inbox.unread).toBe(2);
    expect(Object.keys(inbox.items[0]!).sort()).toEqual(["body", "createdAt", "id", "kind", "link", "readAt", "subject"]);
  });

  it("marks read once under 20 parallel clicks, and never someone else's", async () => {
    const [me, someoneElse] = [await createActor("EMPLOYEE"), await createActor("EMPLOYEE")];
    const mine = await db.notification.create({ data: { userId: me.id, subject: "Hello", body: "" } });
    const theirs = await db.notification.create({ data: { userId: someoneElse.id, subject: "Private", body: "" } });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => markNotificationRead(me, { notificationId: mine.id }, new Date(t0.getTime() + i))),
    );
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).not.toBeNull();
    await expect(markNotificationRead(me, { notificationId: theirs.id })).rejects.toMatchObject({ status: 404 });
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    await db.notification.create({ data: { userId: me.id, subject: "Another", body: "" } });
    expect(await countUnread(me)).toBe(1);
    expect(await markAllNotificationsRead(me, t0)).toBe(1);
    expect(await countUnread(me)).toBe(0);
    expect(await countUnread(someoneElse)).toBe(1);
  });

  it("keeps e-mail choices per kind; kinds that cannot be turned off refuse, at the field", async () => {
    const me = await createActor("EMPLOYEE");
    const refused = preferencesSchema.safeParse({ MATCH_PUBLISHED: "OFF", NUDGE: "OFF" });
    expect(refused.success).toBe(false);
    expect(refused.error!.issues.map((i) => i.path)).toEqual([["MATCH_PUBLISHED"]]);
    expect(preferencesSchema.safeParse({ NOT_A_KIND: "OFF" }).success).toBe(false);
    expect(preferencesSchema.safeParse({ WEEKLY_DIGEST: "WEEKLY_DIGEST" }).success).toBe(false);

    const choices = preferencesSchema.parse({ NUDGE: "OFF", SURVEY: "WEEKLY_DIGEST" });
    await Promise.all(Array.from({ length: 20 }, () => saveMyPreferences(me, choices)));
    expect(await db.notificationPreference.count({ where: { userId: me.id } })).toBe(2);
    const listed = await listMyPreferences(me);
    expect(listed.find((p) => p.kind === "NUDGE")).toMatchObject({ delivery: "OFF", canTurnOff: true });
    expect(listed.find((p) => p.kind === "MATCH_PUBLISHED")).toMatchObject({ delivery: "IMMEDIATELY", canTurnOff: false });
  });

  it("gathers digest-kind messages into one weekly digest, sent once per week", async () => {
    const me = await createActor("EMPLOYEE");
    await saveMyPreferences(me, { SURVEY: "WEEKLY_DIGEST" });
    await db.notification.createMany({
      data: [
        { userId: me.id, subject: "Pulse: how is it going?", body: "", kind: "SURVEY", createdAt: t0 },
        { userId: me.id, subject: "Feedback round open", body: "", kind: "SURVEY", createdAt: t0 },
      ],
    });
    const sent: string[] = [];
    await deliverOutbox({ now: t0, sender: async (mail) => void sent.push(mail.subject) });
    expect(sent).toEqual([]);

    const monday = new Date("2026-03-09T07:00:00Z");
    expect(await Promise.all([sendWeeklyDigests(monday), sendWeeklyDigests(monday)])).toEqual(expect.arrayContaining([1, 0]));
    const digest = await db.notification.findFirstOrThrow({ where: { kind: "WEEKLY_DIGEST", userId: me.id } });
    expect(digest.body).toContain("Pulse: how is it going?");
    expect(digest.body).toContain("Feedback round open");
    expect(await db.notification.count({ where: { kind: "SURVEY", digestedAt: monday } })).toBe(2);
    await deliverOutbox({ now: monday, sender: async (mail) => void sent.push(mail.subject) });
    expect(sent).toEqual(["Your Pairwise week (2026-W11)"]);
  });
});

import "server-only";
import { flashPairNote } from "@/lib/flash/flash-pair-note";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { dayMs } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { agreementTermKeys, templateTerms, type AgreementTerms } from "@/lib/pairs/agreement-terms";
import { nextAction } from "@/lib/pairs/next-action";
import { pairOfMember } from "@/lib/pairs/pair-access";
import { formatInZone, zonedParts } from "@/lib/sessions/local-time";
import { partnerSessionFields } from "@/lib/sessions/session-fields";
import { suggestSlots } from "@/lib/sessions/suggest-slots";

const everything = ["headline", "bio", "yearsExperience", "skillsOffered", "interests", "languages"];

/**
 * Everything one member of a pair sees on the pair page: the partner's card (as much of the
 * mentor's bio as they share), the agreement, goals, sessions with the notes shared between
 * them, the viewer's own reflections and nobody else's, and the next thing to do.
 */
export async function pairWorkspace(actor: Actor, matchId: string, now = new Date()) {
  requirePermission(actor, "own-mentoring:read");
  const pair = await pairOfMember(actor, matchId);
  const [people, agreement, goals, sessions, programGoals, template] = await Promise.all([
    db.user.findMany({
      where: { id: { in: [pair.me.userId, pair.partner.userId] } },
      select: {
        id: true,
        title: true,
        location: true,
        department: { select: { name: true } },
        profile: {
          select: {
            headline: true,
            bio: true,
            skillsOffered: true,
            interests: true,
            languages: true,
            sharedWithMentees: true,
            availability: true,
          },
        },
      },
    }),
    db.agreement.findUnique({ where: { matchId } }),
    db.pairGoal.findMany({
      where: { matchId },
      orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        title: true,
        measure: true,
        target: true,
        support: true,
        programGoalId: true,
        dueOn: true,
        status: true,
        progress: true,
        milestones: { orderBy: { position: "asc" }, select: { id: true, title: true, doneAt: true } },
        updates: {
          orderBy: { createdAt: "desc" },
          take: 5,
          select: { id: true, status: true, progress: true, note: true, createdAt: true, authorId: true },
        },
        sessions: { select: { session: { select: { id: true, occurredAt: true } } } },
      },
    }),
    db.mentoringSession.findMany({
      where: { matchId, status: { in: ["PROPOSED", "SCHEDULED", "LOGGED"] } },
      orderBy: { occurredAt: "desc" },
      select: {
        ...partnerSessionFields,
        // Only the viewer's own reflection: the partner's never leaves the database.
        reflections: { where: { authorId: actor.id }, select: { body: true } },
      },
    }),
    db.programGoal.findMany({
      where: { programId: pair.programId },
      orderBy: { position: "asc" },
      select: { id: true, title: true },
    }),
    templateTerms(db, pair.programId),
  ]);

  const me = people.find((p) => p.id === pair.me.userId);
  const partner = people.find((p) => p.id === pair.partner.userId);
  const shared = new Set(pair.myRole === "MENTOR" ? everything : (partner?.profile?.sharedWithMentees ?? []));
  const names = new Map([
    [pair.me.userId, "You"],
    [pair.partner.userId, pair.partner.name],
  ]);

  const terms: AgreementTerms = agreement
    ? (Object.fromEntries(agreementTermKeys.map((k) => [k, agreement[k]])) as AgreementTerms)
    : template;
  const mySignature = agreement ? (pair.myRole === "MENTOR" ? agreement.mentorSignedAt : agreement.menteeSignedAt) : null;
  const partnerSignature = agreement ? (pair.myRole === "MENTOR" ? agreement.menteeSignedAt : agreement.mentorSignedAt) : null;

  const times = (at: Date) => ({
    mine: formatInZone(at, pair.me.timeZone),
    partners: formatInZone(at, pair.partner.timeZone),
  });
  const shaped = sessions.map((s) => ({
    id: s.id,
    status: s.status,
    occurredAt: s.occurredAt,
    durationMinutes: s.durationMinutes,
    time: times(s.occurredAt),
    ends: formatInZone(new Date(s.occurredAt.getTime() + s.durationMinutes * 60_000), pair.me.timeZone, "HH:mm"),
    local: zonedParts(s.occurredAt, pair.me.timeZone),
    format: s.format,
    place: s.place,
    usefulness: s.usefulness,
    topic: s.topic,
    progress: s.progress,
    difficulties: s.difficulties,
    nextSteps: s.nextSteps,
    correction: s.correction,
    sequence: s.sequence,
    goals: s.goals.map((g) => g.goal),
    proposedBy: s.proposedById ? (names.get(s.proposedById) ?? null) : null,
    loggedBy: s.loggedById ? (names.get(s.loggedById) ?? null) : null,
    iLoggedIt: s.loggedById === actor.id,
    confirmedAt: s.confirmedAt,
    awaitsMyAnswer: s.status === "PROPOSED" && s.proposedById !== actor.id,
    awaitsMyConfirmation: s.status === "LOGGED" && s.loggedById !== actor.id && s.confirmedAt === null,
    myReflection: s.reflections[0]?.body ?? null,
  }));
  const upcoming = shaped
    .filter((s) => s.status !== "LOGGED" && (s.status === "SCHEDULED" || s.occurredAt > now))
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const past = shaped.filter((s) => s.status === "LOGGED");
  const bookedAndPast = upcoming.find((s) => s.status === "SCHEDULED" && s.occurredAt <= now) ?? null;
  const ahead = upcoming.filter((s) => s.occurredAt > now);

  const slots = suggestSlots(
    { timeZone: pair.me.timeZone, availability: me?.profile?.availability ?? [] },
    { timeZone: pair.partner.timeZone, availability: partner?.profile?.availability ?? [] },
    now,
    60,
  ).map((start) => ({
    start,
    time: times(start),
    day: zonedParts(start, pair.me.timeZone).day,
    startTime: zonedParts(start, pair.me.timeZone).time,
    endTime: zonedParts(new Date(start.getTime() + 60 * 60_000), pair.me.timeZone).time,
  }));

  const programGoalTitles = new Map(programGoals.map((g) => [g.id, g.title]));
  return {
    pair: {
      id: pair.id,
      programName: pair.programName,
      myRole: pair.myRole,
      groupId: pair.groupId,
      active: pair.status === "ACTIVE",
      /** Flash pairs: when the conversation completes, or when the next round is. */
      flash: await flashPairNote(pair.id, pair.myRole, now),
    },
    me: { name: pair.me.name, timeZone: pair.me.timeZone },
    partner: {
      name: pair.partner.name,
      email: pair.partner.email,
      timeZone: pair.partner.timeZone,
      localTime: formatInZone(now, pair.partner.timeZone, "HH:mm"),
      title: partner?.title ?? null,
      department: partner?.department?.name ?? null,
      location: partner?.location ?? null,
      headline: shared.has("headline") ? (partner?.profile?.headline ?? "") : "",
      bio: shared.has("bio") ? (partner?.profile?.bio ?? "") : "",
      skills: shared.has("skillsOffered") ? (partner?.profile?.skillsOffered ?? []) : [],
      languages: shared.has("languages") ? (partner?.profile?.languages ?? []) : [],
    },
    agreement: {
      terms,
      version: agreement?.version ?? 1,
      mySignedAt: mySignature,
      partnerSignedAt: partnerSignature,
      updatedAt: agreement?.updatedAt ?? null,
      fromTemplate: agreement === null,
    },
    goals: goals.map((g) => ({
      ...g,
      programGoalTitle: g.programGoalId ? (programGoalTitles.get(g.programGoalId) ?? null) : null,
      overdue: g.status !== "DONE" && g.status !== "DROPPED" && g.dueOn.getTime() + dayMs <= now.getTime(),
      updates: g.updates.map((u) => ({ ...u, author: u.authorId ? (names.get(u.authorId) ?? "Someone") : "Someone" })),
      sessions: g.sessions.map((s) => ({
        id: s.session.id,
        date: formatInZone(s.session.occurredAt, pair.me.timeZone, "d MMM"),
      })),
    })),
    programGoals,
    upcoming,
    past,
    slots,
    today: zonedParts(now, pair.me.timeZone).day,
    next: nextAction({
      partnerName: pair.partner.name,
      proposalForMe: upcoming.some((s) => s.awaitsMyAnswer && s.occurredAt > now),
      bookedAndPast: bookedAndPast ? { startsToday: bookedAndPast.local.day === zonedParts(now, pair.me.timeZone).day } : null,
      logForMeToConfirm: past.some((s) => s.awaitsMyConfirmation),
      iSignedAgreement: mySignature !== null,
      upcoming: ahead.length,
      loggedSessions: past.length,
      goals: goals.length,
    }),
  };
}

export type PairWorkspace = Awaited<ReturnType<typeof pairWorkspace>>;

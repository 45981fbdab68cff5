import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { queuedTransaction } from "@/lib/db/conflicts";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { refuseUnless, type PairPerson } from "@/lib/pairs/pair-access";

const person = { select: { id: true, userId: true, user: { select: { name: true, email: true, timeZone: true } } } } as const;

export interface GroupPerson extends PairPerson {
  /** The person's participation in the programme. */
  participationId: string;
}

export interface GroupMentee extends GroupPerson {
  /** The mentee's own pair with the group's mentor: where their sessions count. */
  pairId: string;
}

export interface GroupMembership {
  id: string;
  name: string;
  programId: string;
  programName: string;
  coordinatorId: string | null;
  ended: boolean;
  myRole: "MENTOR" | "MENTEE";
  me: PairPerson;
  /** The lead mentor first, then the co-mentor if there is one. */
  mentors: GroupPerson[];
  /** Mentees in the group now (or when it ended); a mentee who left is no longer one. */
  mentees: GroupMentee[];
  /** Everyone in it: mentors then mentees. */
  everyone: GroupPerson[];
}

function flatten(side: { id: string; userId: string; user: { name: string; email: string; timeZone: string } }): GroupPerson {
  return { participationId: side.id, userId: side.userId, ...side.user };
}

/** The group as one of its members sees it; anyone else is told it does not exist. */
export async function groupOfMember(
  actor: Actor,
  groupId: string,
  client: Prisma.TransactionClient = db,
): Promise<GroupMembership> {
  const group = await client.mentoringGroup.findUnique({
    where: { id: groupId },
    select: {
      id: true,
      name: true,
      programId: true,
      endedAt: true,
      program: { select: { name: true, createdById: true } },
      mentor: person,
      coMentor: person,
      members: {
        where: { status: { in: ["ACTIVE", "ENDED"] } },
        orderBy: { id: "asc" },
        select: { id: true, status: true, endedAt: true, mentee: person },
      },
    },
  });
  const mentors = group ? [group.mentor, ...(group.coMentor ? [group.coMentor] : [])].map(flatten) : [];
  // A running group's mentees are its live pairs; an ended group keeps those who were in it at the end.
  const current = (m: { status: string; endedAt: Date | null }) =>
    group?.endedAt ? m.endedAt !== null && m.endedAt.getTime() >= group.endedAt.getTime() : m.status === "ACTIVE";
  const mentees = group ? group.members.filter(current).map((m) => ({ ...flatten(m.mentee), pairId: m.id })) : [];
  const me = [...mentors, ...mentees].find((p) => p.userId === actor.id);
  if (!group || !me) throw new AppError("NOT_FOUND", "That group is not one of yours.");
  return {
    id: group.id,
    name: group.name,
    programId: group.programId,
    programName: group.program.name,
    coordinatorId: group.program.createdById,
    ended: group.endedAt !== null,
    myRole: mentors.includes(me) ? "MENTOR" : "MENTEE",
    me,
    mentors,
    mentees,
    everyone: [...mentors, ...mentees],
  };
}

/** For changes: the group must be running. */
export const activeGroupOfMember = refuseUnless(
  groupOfMember,
  (group) => !group.ended,
  () => new AppError("CONFLICT", "This group has ended, so it cannot be changed."),
);

/** For running the group's sessions: its mentor or co-mentor. */
export const groupOfMentor = refuseUnless(
  activeGroupOfMember,
  (group) => group.myRole === "MENTOR",
  () => new AppError("FORBIDDEN", "Only the group's mentors schedule and log its sessions."),
);

export function groupLink(groupId: string): string {
  return `/me/mentoring/groups/${groupId}`;
}

/**
 * Queues the same notice to each of these people, linking to the group's page, inside the change's
 * transaction; each person's key is the event's and their id.
 */
export async function notifyGroup(
  tx: Prisma.TransactionClient,
  groupId: string,
  people: { userId: string }[],
  notice: { kind: string; subject: string; body: string; dedupeKey: string },
): Promise<void> {
  await notify(
    tx,
    people.map(({ userId }) => ({ userId, ...notice, link: groupLink(groupId), dedupeKey: `${notice.dedupeKey}:${userId}` })),
  );
}

/** Takes the group's row lock, so writes to one group are applied one after another. */
export async function lockGroup(tx: Prisma.TransactionClient, groupId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "MentoringGroup" WHERE id = ${groupId} FOR UPDATE`;
}

/**
 * Runs a member's change to one group under the group's row lock. `access` checks the actor before
 * the lock is taken and again under it, so the change sees the group as it is now (a group ended or
 * a mentee who left meanwhile).
 */
export async function changeLockedGroup<T>(
  actor: Actor,
  groupId: string,
  access: (actor: Actor, groupId: string, client: Prisma.TransactionClient) => Promise<GroupMembership>,
  change: (tx: Prisma.TransactionClient, group: GroupMembership) => Promise<T>,
): Promise<T> {
  await access(actor, groupId, db);
  return db.$transaction(async (tx) => {
    await lockGroup(tx, groupId);
    return change(tx, await access(actor, groupId, tx));
  }, queuedTransaction);
}

/** Everyone in the group but this person: who hears of what they did. */
export function othersIn(group: Pick<GroupMembership, "everyone">, userId: string): GroupPerson[] {
  return group.everyone.filter((person) => person.userId !== userId);
}

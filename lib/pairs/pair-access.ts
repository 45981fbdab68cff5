import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

const person = { select: { userId: true, user: { select: { name: true, email: true, timeZone: true } } } } as const;

export interface PairPerson {
  userId: string;
  name: string;
  email: string;
  timeZone: string;
}

export interface PairMembership {
  id: string;
  programId: string;
  programName: string;
  /** The programme's coordinator, who receives help requests. */
  coordinatorId: string | null;
  status: string;
  /** The circle this pair belongs to, if any: its agreement and sessions are the group's. */
  groupId: string | null;
  myRole: "MENTOR" | "MENTEE";
  me: PairPerson;
  partner: PairPerson;
  mentor: PairPerson;
  mentee: PairPerson;
}

/** Loads a pair or group as one of its members sees it; `client` is the transaction when called inside one. */
export type MemberLoader<T> = (actor: Actor, id: string, client?: Prisma.TransactionClient) => Promise<T>;

/** A stricter loader: what `load` gives, refused with `refusal` unless `allowed`. */
export function refuseUnless<T>(load: MemberLoader<T>, allowed: (found: T) => boolean, refusal: () => AppError): MemberLoader<T> {
  return async (actor, id, client = db) => {
    const found = await load(actor, id, client);
    if (!allowed(found)) throw refusal();
    return found;
  };
}

function flatten(side: { userId: string; user: { name: string; email: string; timeZone: string } }): PairPerson {
  return { userId: side.userId, ...side.user };
}

/** The pair as one of its two members sees it; anyone else is told it does not exist. */
export async function pairOfMember(
  actor: Actor,
  matchId: string,
  client: Prisma.TransactionClient = db,
): Promise<PairMembership> {
  const match = await client.match.findUnique({
    where: { id: matchId },
    select: {
      id: true,
      programId: true,
      status: true,
      groupId: true,
      program: { select: { name: true, createdById: true } },
      mentor: person,
      mentee: person,
    },
  });
  if (!match || (match.mentor.userId !== actor.id && match.mentee.userId !== actor.id)) {
    throw new AppError("NOT_FOUND", "That pair is not one of yours.");
  }
  const mentor = flatten(match.mentor);
  const mentee = flatten(match.mentee);
  const iAmMentor = mentor.userId === actor.id;
  return {
    id: match.id,
    programId: match.programId,
    programName: match.program.name,
    coordinatorId: match.program.createdById,
    status: match.status,
    groupId: match.groupId,
    myRole: iAmMentor ? "MENTOR" : "MENTEE",
    me: iAmMentor ? mentor : mentee,
    partner: iAmMentor ? mentee : mentor,
    mentor,
    mentee,
  };
}

/** For changes: the pair must be running. */
export const activePairOfMember = refuseUnless(
  pairOfMember,
  (pair) => pair.status === "ACTIVE",
  () => new AppError("CONFLICT", "This pair has ended, so it cannot be changed."),
);

/** The session and its pair, for a member of the pair. */
export async function sessionOfMember(actor: Actor, sessionId: string, client: Prisma.TransactionClient = db) {
  const session = await client.mentoringSession.findUnique({ where: { id: sessionId }, select: { matchId: true } });
  if (!session) throw new AppError("NOT_FOUND", "That session no longer exists.");
  return activePairOfMember(actor, session.matchId, client);
}

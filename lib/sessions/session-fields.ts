/**
 * What each audience may read of a session. Private reflections are in their own table and are
 * read only with `authorId: actor.id`, so no select here can reach them.
 */
export const officeSessionFields = {
  id: true,
  status: true,
  occurredAt: true,
  durationMinutes: true,
  usefulness: true,
  loggedAt: true,
  confirmedAt: true,
  goals: { select: { goal: { select: { id: true, title: true } } } },
} as const;

/** Where a session met and the notes its people share among themselves, never with the office. */
const sharedNoteFields = {
  format: true,
  place: true,
  topic: true,
  progress: true,
  difficulties: true,
  nextSteps: true,
} as const;

/** Shared with the partner: the office's fields plus the notes, progress and next steps. */
export const partnerSessionFields = {
  ...officeSessionFields,
  ...sharedNoteFields,
  correction: true,
  sequence: true,
  loggedById: true,
  proposedById: true,
  confirmedById: true,
} as const;

/** What the programme office reads of a group session: its figures and who came. */
export const officeGroupSessionFields = {
  id: true,
  status: true,
  occurredAt: true,
  durationMinutes: true,
  usefulness: true,
  attendance: { select: { matchId: true } },
} as const;

/** Shared within the group: the office's fields plus the notes and who logged it. */
export const memberGroupSessionFields = { ...officeGroupSessionFields, ...sharedNoteFields, loggedById: true } as const;

/** The group sessions a page lists, newest first: booked and logged, not the cancelled. */
export const listedGroupSessions = {
  where: { status: { in: ["SCHEDULED", "LOGGED"] as ("SCHEDULED" | "LOGGED")[] } },
  orderBy: { occurredAt: "desc" as const },
};

/**
 * Sessions that happened and count in every figure: health, the check-in queue, nudges and the
 * dashboard all filter with this, so a proposed or cancelled session never makes a pair look active.
 */
export const loggedOnly = { status: "LOGGED" } as const;

/** What programme health (lib/kpi/health.ts) reads of each pair. */
export const pairActivitySelect = {
  menteeId: true,
  status: true,
  startedAt: true,
  endedAt: true,
  sessions: { where: loggedOnly, select: { occurredAt: true } },
} as const;

/** What a log of a session that happened writes, for a pair's session or a group's. */
export function loggedSessionFields(
  input: {
    format: "VIDEO" | "IN_PERSON" | "PHONE";
    place: string;
    usefulness: number;
    topic: string;
    progress: string;
    difficulties: string;
    nextSteps: string;
  },
  time: { start: Date; durationMinutes: number },
  loggedById: string,
  now: Date,
) {
  return {
    occurredAt: time.start,
    durationMinutes: time.durationMinutes,
    format: input.format,
    place: input.place,
    usefulness: input.usefulness,
    topic: input.topic,
    progress: input.progress,
    difficulties: input.difficulties,
    nextSteps: input.nextSteps,
    status: "LOGGED" as const,
    loggedById,
    loggedAt: now,
  };
}

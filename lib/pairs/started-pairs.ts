/** Pairs that have started and still run on `now`: what the nudges, pulses and check-in queue look at. */
export function startedPairs(now: Date) {
  return { status: "ACTIVE", startedAt: { not: null, lte: now } } as const;
}

/** A started pair with its programme's name and both people's names, for what a job writes to them. */
export const startedPairFields = {
  id: true,
  programId: true,
  startedAt: true,
  program: { select: { name: true } },
  mentor: { select: { userId: true, user: { select: { name: true } } } },
  mentee: { select: { userId: true, user: { select: { name: true } } } },
} as const;

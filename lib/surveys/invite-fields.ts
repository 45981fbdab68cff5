/** What answering a survey reads of the invite: whose it is, whether it is still open, the rater's role. */
export const answerableInviteFields = {
  id: true,
  userId: true,
  closesAt: true,
  respondedAt: true,
  raterRole: true,
} as const;

/** A survey's questions as the person answering sees them, in order. */
export const answerQuestionsField = {
  orderBy: { position: "asc" as const },
  select: { id: true, kind: true, prompt: true, required: true, options: true },
};

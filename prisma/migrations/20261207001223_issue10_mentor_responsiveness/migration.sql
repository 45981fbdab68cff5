-- AlterTable
ALTER TABLE "MatchRequest" ADD COLUMN     "askedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "MentoringSession" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "proposedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Participation" ADD COLUMN     "selfMatchUnpausedAt" TIMESTAMP(3);

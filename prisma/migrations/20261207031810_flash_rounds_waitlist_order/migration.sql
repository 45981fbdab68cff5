-- AlterTable
ALTER TABLE "Participation" ADD COLUMN     "waitlistPosition" INTEGER;

-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "flashCompleteAfterDays" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "flashRoundsPerQuarter" INTEGER NOT NULL DEFAULT 3;

-- AlterTable
ALTER TABLE "PulseAnswer" ALTER COLUMN "progress" DROP NOT NULL,
ALTER COLUMN "fit" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Participation_programId_role_waitlistPosition_key" ON "Participation"("programId", "role", "waitlistPosition");

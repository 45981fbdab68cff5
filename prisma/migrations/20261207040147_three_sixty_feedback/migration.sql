-- CreateEnum
CREATE TYPE "SurveyKind" AS ENUM ('PROGRAMME', 'THREE_SIXTY');

-- CreateEnum
CREATE TYPE "RaterRole" AS ENUM ('COLLEAGUE', 'MANAGER');

-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "kind" "SurveyKind" NOT NULL DEFAULT 'PROGRAMME',
ADD COLUMN     "pairId" TEXT,
ADD COLUMN     "phase" TEXT,
ADD COLUMN     "subjectId" TEXT;

-- AlterTable
ALTER TABLE "SurveyInvite" ADD COLUMN     "raterRole" "RaterRole";

-- AlterTable
ALTER TABLE "SurveyResponse" ADD COLUMN     "raterRole" "RaterRole",
ADD COLUMN     "sharedWithSubject" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "Survey_pairId_phase_key" ON "Survey"("pairId", "phase");

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_pairId_fkey" FOREIGN KEY ("pairId") REFERENCES "Match"("id") ON DELETE CASCADE ON UPDATE CASCADE;

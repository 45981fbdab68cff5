-- CreateEnum
CREATE TYPE "QuestionAudience" AS ENUM ('MENTOR', 'MENTEE', 'BOTH');

-- CreateEnum
CREATE TYPE "QuestionKind" AS ENUM ('SHORT_TEXT', 'LONG_TEXT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE');

-- AlterTable
ALTER TABLE "Participation" ADD COLUMN     "codeOfConductAcceptedAt" TIMESTAMP(3),
ADD COLUMN     "decisionNote" TEXT;

-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "codeOfConduct" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "meetingCadence" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "targetMentees" INTEGER,
ADD COLUMN     "targetMentors" INTEGER;

-- CreateTable
CREATE TABLE "ProgramGoal" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "objective" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgramGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationQuestion" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "audience" "QuestionAudience" NOT NULL DEFAULT 'BOTH',
    "kind" "QuestionKind" NOT NULL,
    "prompt" TEXT NOT NULL,
    "options" TEXT[],
    "required" BOOLEAN NOT NULL DEFAULT false,
    "useForMatching" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ApplicationQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationAnswer" (
    "id" TEXT NOT NULL,
    "participationId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "values" TEXT[],

    CONSTRAINT "ApplicationAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgramGoal_programId_position_idx" ON "ProgramGoal"("programId", "position");

-- CreateIndex
CREATE INDEX "ApplicationQuestion_programId_position_idx" ON "ApplicationQuestion"("programId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationAnswer_participationId_questionId_key" ON "ApplicationAnswer"("participationId", "questionId");

-- AddForeignKey
ALTER TABLE "ProgramGoal" ADD CONSTRAINT "ProgramGoal_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationQuestion" ADD CONSTRAINT "ApplicationQuestion_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationAnswer" ADD CONSTRAINT "ApplicationAnswer_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationAnswer" ADD CONSTRAINT "ApplicationAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "ApplicationQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

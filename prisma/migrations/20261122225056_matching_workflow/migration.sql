-- CreateEnum
CREATE TYPE "MatchingMode" AS ENUM ('ADMIN', 'SELF_MATCH', 'HYBRID');

-- CreateEnum
CREATE TYPE "MatchingRunStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'DISCARDED');

-- CreateEnum
CREATE TYPE "MatchConstraintKind" AS ENUM ('LOCK', 'FORBID');

-- CreateEnum
CREATE TYPE "MatchRequestStatus" AS ENUM ('QUEUED', 'PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "GoalReason" AS ENUM ('PROMOTION', 'NEW_ROLE', 'NEW_MANAGER', 'HANDOVER', 'NETWORK', 'PROJECT', 'SKILL');

-- CreateEnum
CREATE TYPE "LearningStyle" AS ENUM ('ACTIVIST', 'REFLECTOR', 'THEORIST', 'PRAGMATIST');

-- CreateEnum
CREATE TYPE "Generation" AS ENUM ('BOOMER', 'GEN_X', 'MILLENNIAL', 'GEN_Z');

-- AlterEnum
ALTER TYPE "MatchStatus" ADD VALUE 'AWAITING_CONFIRMATION';

-- DropIndex
DROP INDEX "Match_programId_mentorId_menteeId_key";

-- AlterTable
ALTER TABLE "Match" ADD COLUMN     "endReason" TEXT,
ADD COLUMN     "explanation" JSONB,
ADD COLUMN     "flagReason" TEXT,
ADD COLUMN     "flaggedAt" TIMESTAMP(3),
ADD COLUMN     "menteeConfirmedAt" TIMESTAMP(3),
ADD COLUMN     "mentorConfirmedAt" TIMESTAMP(3),
ADD COLUMN     "runId" TEXT;

-- AlterTable
ALTER TABLE "Participation" ADD COLUMN     "readinessCompletedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "availability" TEXT[],
ADD COLUMN     "generation" "Generation",
ADD COLUMN     "goalReasons" "GoalReason"[],
ADD COLUMN     "learningStyle" "LearningStyle",
ADD COLUMN     "sensitiveMatchingConsent" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "matchingConfig" JSONB,
ADD COLUMN     "matchingMode" "MatchingMode" NOT NULL DEFAULT 'ADMIN',
ADD COLUMN     "selfMatchRequestLimit" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "selfMatchResponseDays" INTEGER NOT NULL DEFAULT 5;

-- CreateTable
CREATE TABLE "MatchingRun" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "createdById" TEXT,
    "status" "MatchingRunStatus" NOT NULL DEFAULT 'DRAFT',
    "config" JSONB NOT NULL,
    "summary" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "MatchingRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchConstraint" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "menteeId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "kind" "MatchConstraintKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchConstraint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchRequest" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "menteeId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "status" "MatchRequestStatus" NOT NULL DEFAULT 'QUEUED',
    "message" TEXT NOT NULL DEFAULT '',
    "respondBy" TIMESTAMP(3),
    "respondedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MatchingRun_programId_createdAt_idx" ON "MatchingRun"("programId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MatchConstraint_programId_menteeId_mentorId_key" ON "MatchConstraint"("programId", "menteeId", "mentorId");

-- CreateIndex
CREATE INDEX "MatchRequest_mentorId_status_idx" ON "MatchRequest"("mentorId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "MatchRequest_menteeId_mentorId_key" ON "MatchRequest"("menteeId", "mentorId");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Match_programId_mentorId_menteeId_idx" ON "Match"("programId", "mentorId", "menteeId");

-- CreateIndex
CREATE INDEX "Match_runId_idx" ON "Match"("runId");

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_runId_fkey" FOREIGN KEY ("runId") REFERENCES "MatchingRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchingRun" ADD CONSTRAINT "MatchingRun_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchingRun" ADD CONSTRAINT "MatchingRun_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchConstraint" ADD CONSTRAINT "MatchConstraint_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchConstraint" ADD CONSTRAINT "MatchConstraint_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchConstraint" ADD CONSTRAINT "MatchConstraint_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchRequest" ADD CONSTRAINT "MatchRequest_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchRequest" ADD CONSTRAINT "MatchRequest_menteeId_fkey" FOREIGN KEY ("menteeId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchRequest" ADD CONSTRAINT "MatchRequest_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

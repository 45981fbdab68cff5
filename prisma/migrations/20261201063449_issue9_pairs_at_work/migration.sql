-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('PROPOSED', 'SCHEDULED', 'DECLINED', 'CANCELLED', 'LOGGED');

-- CreateEnum
CREATE TYPE "SessionFormat" AS ENUM ('IN_PERSON', 'VIDEO', 'PHONE');

-- CreateEnum
CREATE TYPE "PairGoalStatus" AS ENUM ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'DONE', 'DROPPED');

-- AlterTable
ALTER TABLE "MentoringSession" ADD COLUMN     "confirmedAt" TIMESTAMP(3),
ADD COLUMN     "confirmedById" TEXT,
ADD COLUMN     "correction" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "format" "SessionFormat",
ADD COLUMN     "loggedAt" TIMESTAMP(3),
ADD COLUMN     "nextSteps" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "place" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "proposedById" TEXT,
ADD COLUMN     "sequence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "status" "SessionStatus" NOT NULL DEFAULT 'LOGGED';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "calendarInvite" TEXT;

-- CreateTable
CREATE TABLE "SessionReflection" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SessionReflection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PairGoal" (
    "id" TEXT NOT NULL,
    "matchId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "support" TEXT NOT NULL DEFAULT '',
    "programGoalId" TEXT,
    "dueOn" DATE NOT NULL,
    "status" "PairGoalStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PairGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PairGoalMilestone" (
    "id" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "PairGoalMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PairGoalUpdate" (
    "id" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "authorId" TEXT,
    "status" "PairGoalStatus" NOT NULL,
    "progress" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PairGoalUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionGoal" (
    "sessionId" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,

    CONSTRAINT "SessionGoal_pkey" PRIMARY KEY ("sessionId","goalId")
);

-- CreateTable
CREATE TABLE "AgreementTemplate" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "cadence" TEXT NOT NULL DEFAULT '',
    "meetingFormat" TEXT NOT NULL DEFAULT '',
    "confidentiality" TEXT NOT NULL DEFAULT '',
    "ending" TEXT NOT NULL DEFAULT '',
    "expectations" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgreementTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SessionReflection_sessionId_authorId_key" ON "SessionReflection"("sessionId", "authorId");

-- CreateIndex
CREATE INDEX "PairGoal_matchId_dueOn_idx" ON "PairGoal"("matchId", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "PairGoalMilestone_goalId_position_key" ON "PairGoalMilestone"("goalId", "position");

-- CreateIndex
CREATE INDEX "PairGoalUpdate_goalId_createdAt_idx" ON "PairGoalUpdate"("goalId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementTemplate_programId_key" ON "AgreementTemplate"("programId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_userId_key" ON "CalendarFeed"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_secretHash_key" ON "CalendarFeed"("secretHash");

-- CreateIndex
CREATE UNIQUE INDEX "MentoringSession_matchId_occurredAt_key" ON "MentoringSession"("matchId", "occurredAt");

-- AddForeignKey
ALTER TABLE "SessionReflection" ADD CONSTRAINT "SessionReflection_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "MentoringSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairGoal" ADD CONSTRAINT "PairGoal_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairGoalMilestone" ADD CONSTRAINT "PairGoalMilestone_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "PairGoal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairGoalUpdate" ADD CONSTRAINT "PairGoalUpdate_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "PairGoal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionGoal" ADD CONSTRAINT "SessionGoal_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "MentoringSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionGoal" ADD CONSTRAINT "SessionGoal_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "PairGoal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

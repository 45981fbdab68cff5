-- CreateEnum
CREATE TYPE "FeedbackAudience" AS ENUM ('MENTORS', 'MENTEES');

-- CreateEnum
CREATE TYPE "FeedbackCadence" AS ENUM ('MONTHLY', 'QUARTERLY');

-- CreateTable
CREATE TABLE "FeedbackRound" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "audience" "FeedbackAudience" NOT NULL,
    "cadence" "FeedbackCadence" NOT NULL,
    "period" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "openedById" TEXT,

    CONSTRAINT "FeedbackRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackInvite" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "respondedAt" TIMESTAMP(3),
    "remindedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedbackInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackAnswer" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "benefit" INTEGER NOT NULL,
    "experience" INTEGER NOT NULL,
    "usefulness" INTEGER NOT NULL,
    "resources" INTEGER NOT NULL,
    "benefitsText" TEXT,
    "suggestion" TEXT,

    CONSTRAINT "FeedbackAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackAction" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "youSaid" TEXT NOT NULL,
    "weDid" TEXT NOT NULL,
    "recordedById" TEXT,
    "requestKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedbackAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FeedbackRound_programId_openedAt_idx" ON "FeedbackRound"("programId", "openedAt");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackRound_programId_audience_period_key" ON "FeedbackRound"("programId", "audience", "period");

-- CreateIndex
CREATE INDEX "FeedbackInvite_userId_respondedAt_idx" ON "FeedbackInvite"("userId", "respondedAt");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackInvite_roundId_userId_key" ON "FeedbackInvite"("roundId", "userId");

-- CreateIndex
CREATE INDEX "FeedbackAnswer_roundId_idx" ON "FeedbackAnswer"("roundId");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackAction_requestKey_key" ON "FeedbackAction"("requestKey");

-- CreateIndex
CREATE INDEX "FeedbackAction_roundId_idx" ON "FeedbackAction"("roundId");

-- AddForeignKey
ALTER TABLE "FeedbackRound" ADD CONSTRAINT "FeedbackRound_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackRound" ADD CONSTRAINT "FeedbackRound_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackInvite" ADD CONSTRAINT "FeedbackInvite_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "FeedbackRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackInvite" ADD CONSTRAINT "FeedbackInvite_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackAnswer" ADD CONSTRAINT "FeedbackAnswer_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "FeedbackRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackAction" ADD CONSTRAINT "FeedbackAction_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "FeedbackRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackAction" ADD CONSTRAINT "FeedbackAction_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

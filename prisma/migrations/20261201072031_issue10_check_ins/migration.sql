-- CreateEnum
CREATE TYPE "CheckInOutcome" AS ENUM ('ON_TRACK', 'NEEDS_SUPPORT', 'AT_RISK', 'ENDING');

-- CreateEnum
CREATE TYPE "CheckInChannel" AS ENUM ('CALL', 'VIDEO', 'IN_PERSON', 'EMAIL', 'CHAT');

-- CreateEnum
CREATE TYPE "CheckInWith" AS ENUM ('MENTOR', 'MENTEE', 'BOTH');

-- CreateEnum
CREATE TYPE "QueueDecisionKind" AS ENUM ('SNOOZE', 'RESOLVE');

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "matchId" TEXT,
    "participationId" TEXT,
    "heldOn" DATE NOT NULL,
    "withWhom" "CheckInWith" NOT NULL,
    "channel" "CheckInChannel" NOT NULL,
    "outcome" "CheckInOutcome" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "followUpOn" DATE,
    "recordedById" TEXT,
    "requestKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckInDecision" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "matchId" TEXT,
    "participationId" TEXT,
    "kind" "QueueDecisionKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "snoozedUntil" TIMESTAMP(3),
    "decidedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckInDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QueueSignal" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "matchId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QueueSignal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_requestKey_key" ON "CheckIn"("requestKey");

-- CreateIndex
CREATE INDEX "CheckIn_programId_heldOn_idx" ON "CheckIn"("programId", "heldOn");

-- CreateIndex
CREATE INDEX "CheckIn_matchId_heldOn_idx" ON "CheckIn"("matchId", "heldOn");

-- CreateIndex
CREATE INDEX "CheckIn_participationId_heldOn_idx" ON "CheckIn"("participationId", "heldOn");

-- CreateIndex
CREATE INDEX "CheckInDecision_matchId_createdAt_idx" ON "CheckInDecision"("matchId", "createdAt");

-- CreateIndex
CREATE INDEX "CheckInDecision_participationId_createdAt_idx" ON "CheckInDecision"("participationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "QueueSignal_dedupeKey_key" ON "QueueSignal"("dedupeKey");

-- CreateIndex
CREATE INDEX "QueueSignal_matchId_createdAt_idx" ON "QueueSignal"("matchId", "createdAt");

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInDecision" ADD CONSTRAINT "CheckInDecision_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInDecision" ADD CONSTRAINT "CheckInDecision_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInDecision" ADD CONSTRAINT "CheckInDecision_participationId_fkey" FOREIGN KEY ("participationId") REFERENCES "Participation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInDecision" ADD CONSTRAINT "CheckInDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueSignal" ADD CONSTRAINT "QueueSignal_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueSignal" ADD CONSTRAINT "QueueSignal_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE CASCADE ON UPDATE CASCADE;

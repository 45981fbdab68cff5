-- AlterTable
ALTER TABLE "MentoringSession" ADD COLUMN     "usefulness" INTEGER;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "dedupeKey" TEXT,
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'GENERAL';

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "matchId" TEXT NOT NULL,
    "cadence" TEXT NOT NULL DEFAULT '',
    "meetingFormat" TEXT NOT NULL DEFAULT '',
    "confidentiality" TEXT NOT NULL DEFAULT '',
    "ending" TEXT NOT NULL DEFAULT '',
    "expectations" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "mentorSignedAt" TIMESTAMP(3),
    "menteeSignedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HelpRequest" (
    "id" TEXT NOT NULL,
    "matchId" TEXT NOT NULL,
    "sessionId" TEXT,
    "raisedById" TEXT,
    "message" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "HelpRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_matchId_key" ON "Agreement"("matchId");

-- CreateIndex
CREATE INDEX "HelpRequest_matchId_createdAt_idx" ON "HelpRequest"("matchId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "MentoringSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

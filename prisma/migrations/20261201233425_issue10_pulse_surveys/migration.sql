-- CreateEnum
CREATE TYPE "PulseSide" AS ENUM ('MENTOR', 'MENTEE');

-- CreateTable
CREATE TABLE "PulseInvite" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "matchId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "side" "PulseSide" NOT NULL,
    "round" INTEGER NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "respondedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PulseInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PulseAnswer" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "side" "PulseSide" NOT NULL,
    "satisfaction" INTEGER NOT NULL,
    "progress" INTEGER NOT NULL,
    "fit" INTEGER NOT NULL,
    "recommend" INTEGER NOT NULL,
    "comment" TEXT,

    CONSTRAINT "PulseAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PulseInvite_userId_respondedAt_idx" ON "PulseInvite"("userId", "respondedAt");

-- CreateIndex
CREATE INDEX "PulseInvite_programId_round_idx" ON "PulseInvite"("programId", "round");

-- CreateIndex
CREATE UNIQUE INDEX "PulseInvite_matchId_userId_round_key" ON "PulseInvite"("matchId", "userId", "round");

-- CreateIndex
CREATE INDEX "PulseAnswer_programId_round_idx" ON "PulseAnswer"("programId", "round");

-- AddForeignKey
ALTER TABLE "PulseInvite" ADD CONSTRAINT "PulseInvite_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseInvite" ADD CONSTRAINT "PulseInvite_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseInvite" ADD CONSTRAINT "PulseInvite_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseAnswer" ADD CONSTRAINT "PulseAnswer_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

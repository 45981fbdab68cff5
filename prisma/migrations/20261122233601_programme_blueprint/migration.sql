-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "coordinatorResponsibilities" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "menteeResponsibilities" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "mentorResponsibilities" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "resourcesNeeded" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sponsorComment" TEXT,
ADD COLUMN     "sponsorName" TEXT,
ADD COLUMN     "sponsorSignedOffAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ProgramStage" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "activity" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "owner" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgramStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommunicationItem" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "plannedOn" DATE NOT NULL,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommunicationItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgramStage_programId_startsOn_idx" ON "ProgramStage"("programId", "startsOn");

-- CreateIndex
CREATE INDEX "BudgetLine_programId_idx" ON "BudgetLine"("programId");

-- CreateIndex
CREATE INDEX "CommunicationItem_programId_plannedOn_idx" ON "CommunicationItem"("programId", "plannedOn");

-- AddForeignKey
ALTER TABLE "ProgramStage" ADD CONSTRAINT "ProgramStage_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationItem" ADD CONSTRAINT "CommunicationItem_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

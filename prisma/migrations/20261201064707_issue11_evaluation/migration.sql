-- CreateEnum
CREATE TYPE "HrEventKind" AS ENUM ('EXIT', 'PROMOTION', 'SALARY', 'RATING', 'ENGAGEMENT');

-- CreateEnum
CREATE TYPE "KpiAudience" AS ENUM ('PARTICIPANT', 'ORGANISATION');

-- CreateEnum
CREATE TYPE "KpiHorizon" AS ENUM ('SHORT_TERM', 'LONG_TERM');

-- CreateTable
CREATE TABLE "HrEvent" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "HrEventKind" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "voluntary" BOOLEAN,
    "newLevel" INTEGER,
    "annualSalary" INTEGER,
    "salaryBand" TEXT,
    "score" DOUBLE PRECISION,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HrEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiRow" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "goalId" TEXT,
    "measure" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "audience" "KpiAudience" NOT NULL,
    "level" INTEGER NOT NULL,
    "horizon" "KpiHorizon" NOT NULL,
    "baseline" DOUBLE PRECISION,
    "target" DOUBLE PRECISION NOT NULL,
    "owner" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KpiRow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoiAssumptions" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "replacementCostShare" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "isolation" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 0.7,
    "hourlyOverhead" DOUBLE PRECISION NOT NULL DEFAULT 0.3,
    "coordinatorHours" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "coordinatorHourlyRate" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "intangibles" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoiAssumptions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HrEvent_kind_occurredOn_idx" ON "HrEvent"("kind", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "HrEvent_userId_kind_occurredOn_key" ON "HrEvent"("userId", "kind", "occurredOn");

-- CreateIndex
CREATE INDEX "KpiRow_programId_position_idx" ON "KpiRow"("programId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "RoiAssumptions_programId_key" ON "RoiAssumptions"("programId");

-- AddForeignKey
ALTER TABLE "HrEvent" ADD CONSTRAINT "HrEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiRow" ADD CONSTRAINT "KpiRow_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiRow" ADD CONSTRAINT "KpiRow_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "ProgramGoal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoiAssumptions" ADD CONSTRAINT "RoiAssumptions_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

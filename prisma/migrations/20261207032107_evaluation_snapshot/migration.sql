-- CreateTable
CREATE TABLE "EvaluationSnapshot" (
    "scope" TEXT NOT NULL,
    "payload" JSONB,
    "computedAt" TIMESTAMP(3),
    "staleSince" TIMESTAMP(3),
    "claimedAt" TIMESTAMP(3),

    CONSTRAINT "EvaluationSnapshot_pkey" PRIMARY KEY ("scope")
);

-- CreateTable
CREATE TABLE "OrganizationSettings" (
    "id" TEXT NOT NULL DEFAULT 'organization',
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganizationSettings_pkey" PRIMARY KEY ("id")
);

-- Stored evaluation figures were written with a fixed currency sign: the next reader recomputes them
-- in the organisation's currency.
DELETE FROM "EvaluationSnapshot";

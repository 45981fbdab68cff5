-- AlterTable
ALTER TABLE "MatchingRun" ADD COLUMN     "draftOf" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "MatchingRun_draftOf_key" ON "MatchingRun"("draftOf");

-- Existing data: each programme keeps its newest draft as its one draft, and older drafts are
-- discarded the way a new run discards them (their proposals go).
CREATE TEMP TABLE "_superseded_drafts" AS
  SELECT r."id" FROM "MatchingRun" r
  WHERE r."status" = 'DRAFT' AND EXISTS (
    SELECT 1 FROM "MatchingRun" n
    WHERE n."programId" = r."programId" AND n."status" = 'DRAFT' AND (n."createdAt", n."id") > (r."createdAt", r."id")
  );
DELETE FROM "Match" WHERE "status" = 'PROPOSED' AND "runId" IN (SELECT "id" FROM "_superseded_drafts");
UPDATE "MatchingRun" SET "status" = 'DISCARDED' WHERE "id" IN (SELECT "id" FROM "_superseded_drafts");
DROP TABLE "_superseded_drafts";
UPDATE "MatchingRun" SET "draftOf" = "programId" WHERE "status" = 'DRAFT';

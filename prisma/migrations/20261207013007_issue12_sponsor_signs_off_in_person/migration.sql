-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "sponsorAskedAt" TIMESTAMP(3),
ADD COLUMN     "sponsorAskedById" TEXT,
ADD COLUMN     "sponsorNotYetAt" TIMESTAMP(3);

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_sponsorAskedById_fkey" FOREIGN KEY ("sponsorAskedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

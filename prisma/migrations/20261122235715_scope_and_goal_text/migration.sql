-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "goalsText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "scopeDepartmentIds" TEXT[],
ADD COLUMN     "scopeLocations" TEXT[];

-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "diversityPreferences" TEXT[],
ADD COLUMN     "ethnicity" TEXT,
ADD COLUMN     "gender" TEXT;

-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "learningStyleAnswers" JSONB,
ADD COLUMN     "meetingFormat" TEXT NOT NULL DEFAULT 'EITHER',
ADD COLUMN     "sharedWithMentees" TEXT[] DEFAULT ARRAY['headline', 'bio', 'yearsExperience', 'skillsOffered', 'interests', 'languages']::TEXT[];

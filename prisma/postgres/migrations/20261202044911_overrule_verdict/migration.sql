-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "overruled" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "QuizQuestion" ADD COLUMN     "overruled" BOOLEAN NOT NULL DEFAULT false;


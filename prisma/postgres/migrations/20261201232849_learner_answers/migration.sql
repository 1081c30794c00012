-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "answer" TEXT;

-- AlterTable
ALTER TABLE "QuizQuestion" ADD COLUMN     "partialCredit" DOUBLE PRECISION,
ADD COLUMN     "timeSpentMs" INTEGER NOT NULL DEFAULT 0;


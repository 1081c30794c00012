-- AlterTable
ALTER TABLE "User" ADD COLUMN     "interviewTopics" TEXT,
ADD COLUMN     "minutesPerDay" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "newCardsFollowPlan" BOOLEAN NOT NULL DEFAULT true;


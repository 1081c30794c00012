-- AlterTable
ALTER TABLE "User" ADD COLUMN "interviewDate" DATETIME;


-- CreateTable
CREATE TABLE "QuestionMark" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "note" TEXT,
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "suspendedAt" DATETIME,
    "buriedUntil" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "QuestionMark_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionMark_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudySet" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "questionIds" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StudySet_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "QuestionMark_userId_questionId_key" ON "QuestionMark"("userId", "questionId");

-- CreateIndex
CREATE INDEX "StudySet_userId_createdAt_idx" ON "StudySet"("userId", "createdAt");


-- Full-text search over every question (written by hand: Prisma has no model for it). FTS5 with the
-- Porter stemmer, so "idempotency" finds "idempotent"; "labels" holds the subtopic and tags. prisma/seed.ts
-- keeps it in step with "Question".
CREATE VIRTUAL TABLE "QuestionSearch" USING fts5(
    "questionId" UNINDEXED,
    "labels",
    "prompt",
    "options",
    "answer",
    "explanation",
    tokenize = 'porter unicode61'
);

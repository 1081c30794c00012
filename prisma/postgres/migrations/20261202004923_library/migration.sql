-- CreateTable
CREATE TABLE "QuestionMark" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "note" TEXT,
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "suspendedAt" TIMESTAMP(3),
    "buriedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuestionMark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudySet" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "questionIds" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StudySet_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "QuestionMark_userId_questionId_key" ON "QuestionMark"("userId", "questionId");

-- CreateIndex
CREATE INDEX "StudySet_userId_createdAt_idx" ON "StudySet"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "QuestionMark" ADD CONSTRAINT "QuestionMark_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionMark" ADD CONSTRAINT "QuestionMark_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudySet" ADD CONSTRAINT "StudySet_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Full-text search over every question (written by hand: Prisma has no tsvector type). The text is
-- written by prisma/seed.ts ("labels" holds the subtopic and tags); the weighted vector is computed here and searched through a GIN index.
CREATE TABLE "QuestionSearch" (
    "questionId" TEXT NOT NULL PRIMARY KEY REFERENCES "Question"("id") ON DELETE CASCADE,
    "labels" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "options" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,
    "document" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', "labels"), 'A') ||
        setweight(to_tsvector('english', "prompt"), 'A') ||
        setweight(to_tsvector('english', "options"), 'B') ||
        setweight(to_tsvector('english', "answer"), 'B') ||
        setweight(to_tsvector('english', "explanation"), 'C')
    ) STORED
);
CREATE INDEX "QuestionSearch_document_idx" ON "QuestionSearch" USING GIN ("document");

-- CreateTable
CREATE TABLE "Deck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT 'manual',
    "sourceKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Deck_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeckMedia" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "bytes" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DeckMedia_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DeckMedia_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "topicId" TEXT NOT NULL,
    "subtopic" TEXT NOT NULL,
    "tags" TEXT NOT NULL DEFAULT '[]',
    "difficulty" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,
    "source" TEXT,
    "choices" TEXT,
    "steps" TEXT,
    "code" TEXT,
    "position" INTEGER NOT NULL,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "ownerId" TEXT,
    "deckId" TEXT,
    "sourceNoteId" TEXT,
    "sourceKey" TEXT,
    CONSTRAINT "Question_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Question_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Question_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Question" ("answer", "choices", "code", "createdAt", "difficulty", "explanation", "id", "position", "prompt", "retiredAt", "source", "steps", "subtopic", "tags", "topicId", "type", "updatedAt") SELECT "answer", "choices", "code", "createdAt", "difficulty", "explanation", "id", "position", "prompt", "retiredAt", "source", "steps", "subtopic", "tags", "topicId", "type", "updatedAt" FROM "Question";
DROP TABLE "Question";
ALTER TABLE "new_Question" RENAME TO "Question";
CREATE INDEX "Question_topicId_position_idx" ON "Question"("topicId", "position");
CREATE INDEX "Question_ownerId_deckId_idx" ON "Question"("ownerId", "deckId");
CREATE UNIQUE INDEX "Question_deckId_sourceKey_key" ON "Question"("deckId", "sourceKey");
CREATE TABLE "new_Quiz" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "topicIds" TEXT NOT NULL,
    "deckIds" TEXT NOT NULL DEFAULT '[]',
    "difficulties" TEXT NOT NULL,
    "timeLimitSec" INTEGER NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "deadline" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "closedAt" DATETIME,
    "retakeOfId" TEXT,
    CONSTRAINT "Quiz_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Quiz" ("closedAt", "deadline", "difficulties", "id", "retakeOfId", "startedAt", "status", "timeLimitSec", "topicIds", "userId") SELECT "closedAt", "deadline", "difficulties", "id", "retakeOfId", "startedAt", "status", "timeLimitSec", "topicIds", "userId" FROM "Quiz";
DROP TABLE "Quiz";
ALTER TABLE "new_Quiz" RENAME TO "Quiz";
CREATE INDEX "Quiz_userId_startedAt_idx" ON "Quiz"("userId", "startedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Deck_userId_sourceKey_idx" ON "Deck"("userId", "sourceKey");

-- CreateIndex
CREATE UNIQUE INDEX "DeckMedia_deckId_name_key" ON "DeckMedia"("deckId", "name");


-- Rebuilding "Question" dropped its triggers. They come back bumping the bank's version only for bank
-- questions (no owner): a learner's own cards are not in the in-memory bank, and writing them must not
-- make every instance reload it.
CREATE TRIGGER "Question_insert_content_version" AFTER INSERT ON "Question" WHEN NEW."ownerId" IS NULL BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Question_update_content_version" AFTER UPDATE ON "Question" WHEN OLD."ownerId" IS NULL OR NEW."ownerId" IS NULL BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "Question_delete_content_version" AFTER DELETE ON "Question" WHEN OLD."ownerId" IS NULL BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;

-- Own cards belong to this topic (Question.topicId is required); the bank and topic lists leave it out.
INSERT INTO "Topic" ("id", "name", "short", "glyph", "description", "position") VALUES ('own', 'Your cards', 'Own', '✎', 'Cards you wrote or imported, grouped by deck.', 1000);

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "deckId" TEXT,
ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "sourceKey" TEXT,
ADD COLUMN     "sourceNoteId" TEXT;

-- AlterTable
ALTER TABLE "Quiz" ADD COLUMN     "deckIds" TEXT NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "Deck" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT 'manual',
    "sourceKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Deck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeckMedia" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeckMedia_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Deck_userId_sourceKey_idx" ON "Deck"("userId", "sourceKey");

-- CreateIndex
CREATE UNIQUE INDEX "DeckMedia_deckId_name_key" ON "DeckMedia"("deckId", "name");

-- CreateIndex
CREATE INDEX "Question_ownerId_deckId_idx" ON "Question"("ownerId", "deckId");

-- CreateIndex
CREATE UNIQUE INDEX "Question_deckId_sourceKey_key" ON "Question"("deckId", "sourceKey");

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deck" ADD CONSTRAINT "Deck_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeckMedia" ADD CONSTRAINT "DeckMedia_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeckMedia" ADD CONSTRAINT "DeckMedia_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The bank's version moves only for bank questions (no owner): a learner's own cards are not in the
-- in-memory bank, and writing them must not make every instance reload it. Row triggers so the owner
-- can be seen; bump_content_version still bumps once per transaction.
DROP TRIGGER "Question_content_version" ON "Question";
CREATE TRIGGER "Question_insert_content_version" AFTER INSERT ON "Question" FOR EACH ROW WHEN (NEW."ownerId" IS NULL) EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "Question_update_content_version" AFTER UPDATE ON "Question" FOR EACH ROW WHEN (OLD."ownerId" IS NULL OR NEW."ownerId" IS NULL) EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "Question_delete_content_version" AFTER DELETE ON "Question" FOR EACH ROW WHEN (OLD."ownerId" IS NULL) EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "Question_truncate_content_version" AFTER TRUNCATE ON "Question" FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();

-- Own cards belong to this topic (Question.topicId is required); the bank and topic lists leave it out.
INSERT INTO "Topic" ("id", "name", "short", "glyph", "description", "position") VALUES ('own', 'Your cards', 'Own', '✎', 'Cards you wrote or imported, grouped by deck.', 1000);

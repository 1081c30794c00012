-- AlterTable
ALTER TABLE "User" ADD COLUMN "introFrontier" INTEGER NOT NULL DEFAULT -2147483648;

-- Each learner's introduction frontier: every live question they can see (the bank and their own cards) at a
-- position below it has their card, or is suspended by them. The practice queue looks for the first unseen
-- question from there rather than walking past every card the learner has; the hot path's grade moves it on
-- (lib/server/practice/write-grade.ts), and these triggers move it back whenever a question below it may be unseen again.
CREATE TRIGGER "CardState_delete_frontier" AFTER DELETE ON "CardState" BEGIN
  UPDATE "User" SET "introFrontier" = (SELECT q."position" FROM "Question" q WHERE q."id" = OLD."questionId")
  WHERE "id" = OLD."userId" AND "introFrontier" > (SELECT q."position" FROM "Question" q WHERE q."id" = OLD."questionId");
END;
CREATE TRIGGER "CardState_move_frontier" AFTER UPDATE OF "userId", "questionId" ON "CardState" BEGIN
  UPDATE "User" SET "introFrontier" = (SELECT q."position" FROM "Question" q WHERE q."id" = OLD."questionId")
  WHERE "id" = OLD."userId" AND "introFrontier" > (SELECT q."position" FROM "Question" q WHERE q."id" = OLD."questionId");
END;
-- A new bank question concerns every learner; a new own card only its owner.
CREATE TRIGGER "Question_insert_frontier" AFTER INSERT ON "Question" WHEN NEW."retiredAt" IS NULL BEGIN
  UPDATE "User" SET "introFrontier" = NEW."position"
  WHERE "introFrontier" > NEW."position" AND (NEW."ownerId" IS NULL OR "id" = NEW."ownerId");
END;
CREATE TRIGGER "Question_update_frontier" AFTER UPDATE OF "position", "retiredAt", "ownerId" ON "Question"
WHEN NEW."retiredAt" IS NULL AND (OLD."retiredAt" IS NOT NULL OR NEW."position" < OLD."position" OR NEW."ownerId" IS NOT OLD."ownerId") BEGIN
  UPDATE "User" SET "introFrontier" = NEW."position"
  WHERE "introFrontier" > NEW."position" AND (NEW."ownerId" IS NULL OR "id" = NEW."ownerId");
END;
CREATE TRIGGER "QuestionMark_unsuspend_frontier" AFTER UPDATE ON "QuestionMark"
WHEN OLD."suspendedAt" IS NOT NULL AND (NEW."suspendedAt" IS NULL OR NEW."userId" IS NOT OLD."userId" OR NEW."questionId" IS NOT OLD."questionId") BEGIN
  UPDATE "User" SET "introFrontier" = (SELECT q."position" FROM "Question" q WHERE q."id" = OLD."questionId")
  WHERE "id" = OLD."userId" AND "introFrontier" > (SELECT q."position" FROM "Question" q WHERE q."id" = OLD."questionId");
END;
CREATE TRIGGER "QuestionMark_delete_frontier" AFTER DELETE ON "QuestionMark" WHEN OLD."suspendedAt" IS NOT NULL BEGIN
  UPDATE "User" SET "introFrontier" = (SELECT q."position" FROM "Question" q WHERE q."id" = OLD."questionId")
  WHERE "id" = OLD."userId" AND "introFrontier" > (SELECT q."position" FROM "Question" q WHERE q."id" = OLD."questionId");
END;

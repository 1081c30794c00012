-- AlterTable
ALTER TABLE "User" ADD COLUMN "introFrontier" INTEGER NOT NULL DEFAULT -2147483648;

-- Each learner's introduction frontier: every live question they can see (the bank and their own cards) at a
-- position below it has their card, or is suspended by them. The practice queue looks for the first unseen
-- question from there rather than walking past every card the learner has; the hot path's grade moves it on
-- (lib/server/practice/write-grade.ts), and these triggers move it back whenever a question below it may be unseen again.
CREATE FUNCTION "lower_intro_frontier"(learner TEXT, question TEXT) RETURNS void LANGUAGE sql AS $$
  UPDATE "User" u SET "introFrontier" = q."position" FROM "Question" q
  WHERE q."id" = question AND u."id" = learner AND u."introFrontier" > q."position"
$$;

-- Statement-level for deletes, so resetting a learner's cards lowers their frontier once.
CREATE FUNCTION "card_states_removed_frontier"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" u SET "introFrontier" = m."position"
  FROM (SELECT o."userId", MIN(q."position") AS "position" FROM old_rows o JOIN "Question" q ON q."id" = o."questionId" GROUP BY 1) m
  WHERE u."id" = m."userId" AND u."introFrontier" > m."position";
  RETURN NULL;
END
$$;
CREATE TRIGGER "CardState_delete_frontier" AFTER DELETE ON "CardState" REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION "card_states_removed_frontier"();

-- Row-level, for a row whose (learner, question) may be unseen again: a card that changed hands, a suspension that ended.
CREATE FUNCTION "old_row_frontier"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "lower_intro_frontier"(OLD."userId", OLD."questionId");
  RETURN NULL;
END
$$;
-- Only when a card changes hands: a grade's update never sets these columns, so never fires it.
CREATE TRIGGER "CardState_move_frontier" AFTER UPDATE OF "userId", "questionId" ON "CardState" FOR EACH ROW
WHEN (OLD."userId" IS DISTINCT FROM NEW."userId" OR OLD."questionId" IS DISTINCT FROM NEW."questionId")
EXECUTE FUNCTION "old_row_frontier"();

-- A new live bank question concerns every learner, a new own card only its owner; a seed's many rows, once.
CREATE FUNCTION "questions_added_frontier"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "User" u SET "introFrontier" = m."position"
  FROM (SELECT MIN(n."position") AS "position" FROM new_rows n WHERE n."retiredAt" IS NULL AND n."ownerId" IS NULL) m
  WHERE u."introFrontier" > m."position";
  UPDATE "User" u SET "introFrontier" = m."position"
  FROM (SELECT n."ownerId", MIN(n."position") AS "position" FROM new_rows n WHERE n."retiredAt" IS NULL AND n."ownerId" IS NOT NULL GROUP BY 1) m
  WHERE u."id" = m."ownerId" AND u."introFrontier" > m."position";
  RETURN NULL;
END
$$;
CREATE TRIGGER "Question_insert_frontier" AFTER INSERT ON "Question" REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "questions_added_frontier"();

-- An update lowers only for rows that came back from retirement, moved earlier or changed owner.
CREATE FUNCTION "questions_moved_frontier"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH lowered AS (
    SELECT n."ownerId", n."position" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
    WHERE n."retiredAt" IS NULL
      AND (o."retiredAt" IS NOT NULL OR n."position" < o."position" OR n."ownerId" IS DISTINCT FROM o."ownerId")
  )
  UPDATE "User" u SET "introFrontier" = m."position"
  FROM (SELECT "ownerId", MIN("position") AS "position" FROM lowered GROUP BY 1) m
  WHERE (m."ownerId" IS NULL OR u."id" = m."ownerId") AND u."introFrontier" > m."position";
  RETURN NULL;
END
$$;
CREATE TRIGGER "Question_update_frontier" AFTER UPDATE ON "Question" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION "questions_moved_frontier"();

-- A suspension ending (cleared, or its mark deleted) makes its question eligible again.
CREATE TRIGGER "QuestionMark_unsuspend_frontier" AFTER UPDATE ON "QuestionMark" FOR EACH ROW
WHEN (OLD."suspendedAt" IS NOT NULL AND (NEW."suspendedAt" IS NULL OR NEW."userId" IS DISTINCT FROM OLD."userId" OR NEW."questionId" IS DISTINCT FROM OLD."questionId"))
EXECUTE FUNCTION "old_row_frontier"();
CREATE TRIGGER "QuestionMark_delete_frontier" AFTER DELETE ON "QuestionMark" FOR EACH ROW
WHEN (OLD."suspendedAt" IS NOT NULL)
EXECUTE FUNCTION "old_row_frontier"();

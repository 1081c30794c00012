-- A learner may overrule an automatic "wrong": the review and the quiz answer record that they did.
-- Plain ADD COLUMN (a constant default is allowed) instead of rebuilding two large tables.
ALTER TABLE "ReviewLog" ADD COLUMN "overruled" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "QuizQuestion" ADD COLUMN "overruled" BOOLEAN NOT NULL DEFAULT false;

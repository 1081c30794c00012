-- The learner's reviews by time, widened to cover the dashboard's 7- and 30-day counts and retention: they
-- read the index alone instead of a table row per review, and an insert still updates the same number of indexes.
-- DropIndex
DROP INDEX "ReviewLog_userId_reviewedAt_idx";

-- CreateIndex
CREATE INDEX "ReviewLog_userId_reviewedAt_rating_prevState_prevScheduledD_idx" ON "ReviewLog"("userId", "reviewedAt", "rating", "prevState", "prevScheduledDays");

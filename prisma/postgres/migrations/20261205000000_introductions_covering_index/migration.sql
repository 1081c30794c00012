-- The day's new cards counted from the index alone: with "source" in it, the count reads no ReviewLog row. Reading
-- each row cost every grade and page about 0.15 us per card introduced that day, in rows scattered among other
-- learners' (SQLite, a learner who had introduced 759 that day among 50 others: 137 us, and 30 us from the index).
DROP INDEX "ReviewLog_introductions_idx";
CREATE INDEX "ReviewLog_introductions_idx" ON "ReviewLog"("userId", "reviewedAt", "source") WHERE "prevExisted" = FALSE;

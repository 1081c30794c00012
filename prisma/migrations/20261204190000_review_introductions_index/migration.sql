-- A learner's first reviews of each card (Prisma's schema cannot express a partial index, so it lives here): the
-- practice queue counts today's new cards on every grade. PostgreSQL's generic plan for that count cannot know the
-- day's start is recent, so with the table's statistics it read every review of the learner, or every review at all.
CREATE INDEX "ReviewLog_introductions_idx" ON "ReviewLog"("userId", "reviewedAt") WHERE "prevExisted" = FALSE;

-- Reviews that recorded an answer (Prisma's schema cannot express a partial index, so it lives here): the
-- misconceptions panel reads a learner's wrong picks from these, rather than every failed review they made.
CREATE INDEX "ReviewLog_answered_idx" ON "ReviewLog"("userId", "rating") WHERE "answer" IS NOT NULL;

-- CreateIndex
CREATE INDEX "Question_position_retiredAt_topicId_ownerId_id_idx" ON "Question"("position", "retiredAt", "topicId", "ownerId", "id");


-- Retired questions only (Prisma's schema cannot express a partial index, so it lives here): the practice
-- queue subtracts the learner's cards on retired questions from their card count by walking just these.
CREATE INDEX "Question_retired_idx" ON "Question"("id") WHERE "retiredAt" IS NOT NULL;

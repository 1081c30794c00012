// POST /api/practice/undo – reverts one grade exactly and answers with that card to show again.
import { db } from "@/lib/db";
import { readJson, withUser } from "@/lib/http/with-user";
import { getCard } from "@/lib/server/practice/get-card";
import { getQueueCounts } from "@/lib/server/practice/get-next-card";
import { nextCardFor } from "@/lib/server/practice/next-for-mode";
import { undoGrade } from "@/lib/server/practice/undo-grade";
import { withMarksOnCard } from "@/lib/server/library/card-marks";
import { undoRequestSchema } from "@/lib/validation/practice";

export const POST = withUser(async (req, user) => {
  const input = undoRequestSchema.parse(await readJson(req));
  const { questionId } = await undoGrade(db, { userId: user.id, reviewId: input.reviewId });
  const [card, queue] = await Promise.all([
    getCard(db, { userId: user.id, questionId }).then((card) => withMarksOnCard(db, user.id, card)),
    input.mode === "practice" ? null : nextCardFor(db, input.mode, { userId: user.id, topicId: input.topicId, setId: input.setId }),
  ]);
  const counts = queue
    ? queue.counts
    : await getQueueCounts(db, { userId: user.id, topicId: input.topicId, learner: user.learner });
  return { card, counts };
}, { compress: false, pastProxy: true });

// PUT /api/quizzes/:id/answers – saves one answer or flag while the quiz clock runs.
import { db } from "@/lib/db";
import { readJson, withUser } from "@/lib/http/with-user";
import { saveAnswer } from "@/lib/server/quiz/save-answer";
import { saveAnswerSchema } from "@/lib/validation/quiz";

type Context = { params: Promise<{ id: string }> };

export const PUT = withUser<Context>(async (req, user, { params }) => {
  const input = saveAnswerSchema.parse(await readJson(req));
  return saveAnswer(db, { ...input, userId: user.id, quizId: (await params).id });
});

// POST /api/quizzes/:id/overrule – counts an answer scored wrong as right, by the learner's judgement, once.
import { db } from "@/lib/db";
import { readJson, withUser } from "@/lib/http/with-user";
import { overruleQuizAnswer } from "@/lib/server/quiz/overrule-answer";
import { overruleSchema } from "@/lib/validation/quiz";

type Context = { params: Promise<{ id: string }> };

export const POST = withUser<Context>(async (req, user, { params }) => {
  const { questionId } = overruleSchema.parse(await readJson(req));
  return overruleQuizAnswer(db, { userId: user.id, quizId: (await params).id, questionId });
});

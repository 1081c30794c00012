// POST /api/quizzes/:id/self-grade – the learner's own grade for a free-recall answer, once.
import { db } from "@/lib/db";
import { readJson, withUser } from "@/lib/http/with-user";
import { selfGradeQuizAnswer } from "@/lib/server/quiz/self-grade";
import { selfGradeSchema } from "@/lib/validation/quiz";

type Context = { params: Promise<{ id: string }> };

export const POST = withUser<Context>(async (req, user, { params }) => {
  const input = selfGradeSchema.parse(await readJson(req));
  return selfGradeQuizAnswer(db, { ...input, userId: user.id, quizId: (await params).id });
});

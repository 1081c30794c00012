// POST /api/quizzes – draws and starts a timed quiz from the chosen topics, count, difficulties and limit.
import { db } from "@/lib/db";
import { readJson, withUser } from "@/lib/http/with-user";
import { createQuiz } from "@/lib/server/quiz/create-quiz";
import { createQuizSchema } from "@/lib/validation/quiz";

export const POST = withUser(async (req, user) => {
  const input = createQuizSchema.parse(await readJson(req));
  return createQuiz(db, { ...input, userId: user.id });
});

// POST /api/quizzes – draws and starts a timed quiz from the chosen topics, count, difficulties and limit (a few running at once).
import { db } from "@/lib/db";
import { readJson, withUser } from "@/lib/http/with-user";
import { startQuiz } from "@/lib/server/quiz/start-quiz";
import { createQuizSchema } from "@/lib/validation/quiz";

export const POST = withUser(async (req, user) => {
  const input = createQuizSchema.parse(await readJson(req));
  return startQuiz(db, { ...input, userId: user.id });
});

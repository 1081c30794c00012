// POST /api/quizzes/:id/retake – starts a new quiz of only the questions missed in this one.
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/app-error";
import { withUser } from "@/lib/http/with-user";
import { startQuiz } from "@/lib/server/quiz/start-quiz";
import { getQuizResults } from "@/lib/server/quiz/get-quiz-results";
import { TOPIC_IDS } from "@/lib/content/schema";
import { liveDeckIdsOf } from "@/lib/server/decks/decks";

type Context = { params: Promise<{ id: string }> };

export const POST = withUser<Context>(async (_req, user, { params }) => {
  const quizId = (await params).id;
  const results = await getQuizResults(db, { userId: user.id, quizId });
  const missed = results.missedQuestionIds;
  if (missed.length === 0) throw new AppError("invalid", "You missed nothing in this quiz, so there is nothing to retake.");
  return startQuiz(db, {
    userId: user.id,
    topicIds: [...TOPIC_IDS],
    deckIds: await liveDeckIdsOf(db, { userId: user.id, questionIds: missed }),
    difficulties: [],
    count: missed.length,
    timeLimitMinutes: Math.max(1, missed.length),
    onlyQuestionIds: missed,
    retakeOfId: quizId,
  });
});

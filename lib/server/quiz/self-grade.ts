import "server-only";
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/http/app-error";
import { gradeInTransaction, withGradeRetries } from "@/lib/server/practice/grade-card";
import { Rating, type GradeValue } from "@/lib/srs/scheduler";
import { quizReviewKey } from "./close-quiz";
import { getOwnedQuiz } from "./get-owned-quiz";

/** The learner's own grade for a free-recall question of a closed quiz; feeds spaced repetition once. */
export async function selfGradeQuizAnswer(
  db: Db,
  { userId, quizId, questionId, rating, now = new Date() }: { userId: string; quizId: string; questionId: string; rating: GradeValue; now?: Date },
) {
  const quiz = await getOwnedQuiz(db, { userId, quizId, now });
  if (quiz.status === "active") throw new AppError("conflict", "Finish the quiz first; free-recall answers are graded on the results page.");
  const item = await db.quizQuestion.findFirst({ where: { quizId, questionId }, include: { question: { select: { type: true } } } });
  if (!item) throw new AppError("invalid", "That question is not part of this quiz.");
  if (item.question.type !== "flashcard") throw new AppError("invalid", "Only free-recall questions are graded by you; this one was scored automatically.");
  if (item.rating !== null) throw new AppError("conflict", "You already graded this answer.");
  await withGradeRetries(() =>
    db.$transaction(async (tx) => {
      const review = await gradeInTransaction(tx, { userId, questionId, rating, clientKey: quizReviewKey(item.id), durationMs: 0, source: "quiz", now });
      if (review.duplicate) throw new AppError("conflict", "You already graded this answer.");
      await tx.quizQuestion.update({ where: { id: item.id }, data: { rating, correct: rating !== Rating.Again, reviewLogId: review.reviewId } });
    }),
  );
  return { rating };
}

import "server-only";
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/http/app-error";
import { regradeReview } from "@/lib/server/practice/regrade-review";
import { Rating } from "@/lib/srs/scheduler";
import { getOwnedQuiz } from "./get-owned-quiz";

/**
 * The learner overrules a quiz answer scored wrong: from now on it counts as right in the score, and its
 * grade in spaced repetition becomes Good (replayed in place, so the card has one review for it, not two).
 */
export async function overruleQuizAnswer(db: Db, { userId, quizId, questionId, now = new Date() }: { userId: string; quizId: string; questionId: string; now?: Date }) {
  const quiz = await getOwnedQuiz(db, { userId, quizId, now });
  if (quiz.status === "active") throw new AppError("conflict", "Finish the quiz first; answers are scored when it closes.");
  return db.$transaction(async (tx) => {
    const item = await tx.quizQuestion.findFirst({ where: { quizId, questionId } });
    if (!item) throw new AppError("invalid", "That question is not part of this quiz.");
    if (item.overruled) throw new AppError("conflict", "You already overruled this answer.");
    if (item.correct !== false || item.answer === null) throw new AppError("invalid", "Only an answer given and scored wrong can be overruled.");
    // Claimed first, so two overrules at once cannot both regrade the card.
    const claimed = await tx.quizQuestion.updateMany({ where: { id: item.id, overruled: false }, data: { overruled: true, correct: true, rating: Rating.Good } });
    if (claimed.count !== 1) throw new AppError("conflict", "You already overruled this answer.");
    if (item.reviewLogId) await regradeReview(tx, { userId, reviewId: item.reviewLogId, rating: Rating.Good, overruled: true });
    return { correct: true, overruled: true };
  });
}

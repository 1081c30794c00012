import "server-only";
import { parseJsonColumn } from "@/lib/json-column";
import type { Db } from "@/lib/db-client";
import type { Choice, OrderStep } from "@/lib/content/question";
import type { QuestionType } from "@/lib/content/schema";
import { AppError } from "@/lib/http/app-error";
import type { QuizAnswer } from "@/lib/quiz/answer";
import { scoreAnswer } from "@/lib/quiz/score";
import { gradeInTransaction, withGradeRetries } from "@/lib/server/practice/grade-card";
import { Rating } from "@/lib/srs/scheduler";

export type QuizCloseReason = "submitted" | "expired";


/** The review key of a quiz answer: the same answer can never be graded twice. */
export const quizReviewKey = (quizQuestionId: string) => `quiz:${quizQuestionId}`;

/**
 * Closes an open quiz in one transaction: scores every saved choice and ordering answer and feeds
 * each to spaced repetition (wrong -> Again, right -> Good). Unanswered questions are scored wrong
 * but not graded, since there is no answer to learn from; free recall waits for the learner's own grade.
 */
export async function closeQuiz(db: Db, { userId, quizId, reason, now = new Date() }: { userId: string; quizId: string; reason: QuizCloseReason; now?: Date }) {
  await withGradeRetries(() =>
    db.$transaction(async (tx) => {
      const claimed = await tx.quiz.updateMany({
        where: { id: quizId, userId, status: "active" },
        data: { status: reason, closedAt: now },
      });
      if (claimed.count !== 1) throw new AppError("conflict", "This quiz has already been submitted.");
      const items = await tx.quizQuestion.findMany({
        where: { quizId },
        include: { question: { select: { type: true, choices: true, steps: true, retiredAt: true } } },
        orderBy: { position: "asc" },
      });
      for (const item of items) {
        const question = {
          type: item.question.type as QuestionType,
          choices: parseJsonColumn<Choice[]>(item.question.choices),
          steps: parseJsonColumn<OrderStep[]>(item.question.steps),
        };
        const correct = scoreAnswer(question, parseJsonColumn<QuizAnswer>(item.answer));
        if (correct === null) continue;
        const graded = item.answer !== null && item.question.retiredAt === null;
        const rating = correct ? Rating.Good : Rating.Again;
        const review = graded
          ? await gradeInTransaction(tx, { userId, questionId: item.questionId, rating, clientKey: quizReviewKey(item.id), durationMs: 0, source: "quiz", now })
          : null;
        await tx.quizQuestion.update({
          where: { id: item.id },
          data: { correct, rating: review ? rating : null, reviewLogId: review?.reviewId ?? null },
        });
      }
    }, { timeout: 20_000 }),
  );
}

export const isAlreadyClosed = (error: unknown) => error instanceof AppError && error.code === "conflict";

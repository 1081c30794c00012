import "server-only";
import { parseJsonColumn } from "@/lib/json-column";
import type { Db } from "@/lib/db-client";
import type { Choice, OrderStep } from "@/lib/content/question";
import type { QuestionType } from "@/lib/content/schema";
import { AppError } from "@/lib/http/app-error";
import { multiSelectPartialCredit, quizRating, typicalAnswerMs } from "@/lib/learner/quiz-grade";
import type { QuizAnswer } from "@/lib/quiz/answer";
import { scoreAnswer } from "@/lib/quiz/score";
import { gradeInTransaction, withGradeRetries } from "@/lib/server/practice/grade-card";
import { inGradeTransaction } from "@/lib/server/practice/grade-scope";

// How many of the learner's latest timed answers of a type make their typical time.
const TYPICAL_SAMPLE = 50;

export type QuizCloseReason = "submitted" | "expired";

/** The review key of a quiz answer: the same answer can never be graded twice. */
export const quizReviewKey = (quizQuestionId: string) => `quiz:${quizQuestionId}`;

/**
 * Closes an open quiz in one transaction: scores every saved choice and ordering answer and feeds
 * each to spaced repetition (wrong -> Again, right -> Good, right but much slower than the learner's
 * typical time for that type -> Hard). A half-right multi-select is still Again, with its partial credit
 * kept. Unanswered questions are scored wrong but not graded, since there is no answer to learn from;
 * free recall waits for the learner's own grade.
 */
export async function closeQuiz(
  db: Db,
  { userId, quizId, reason, now = new Date() }: { userId: string; quizId: string; reason: QuizCloseReason; now?: Date },
) {
  await withGradeRetries(() =>
    db.$transaction(
      (tx) =>
        inGradeTransaction(async () => {
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
          const typicalMs = new Map<string, number | null>();
          const typicalFor = async (type: string) => {
            if (!typicalMs.has(type)) {
              const timed = await tx.reviewLog.findMany({
                where: { userId, durationMs: { gt: 0 }, question: { type } },
                orderBy: { reviewedAt: "desc" },
                take: TYPICAL_SAMPLE,
                select: { durationMs: true },
              });
              typicalMs.set(type, typicalAnswerMs(timed.map((t) => t.durationMs)));
            }
            return typicalMs.get(type)!;
          };
          for (const item of items) {
            const question = {
              type: item.question.type as QuestionType,
              choices: parseJsonColumn<Choice[]>(item.question.choices),
              steps: parseJsonColumn<OrderStep[]>(item.question.steps),
            };
            const answer = parseJsonColumn<QuizAnswer>(item.answer);
            const correct = scoreAnswer(question, answer);
            if (correct === null) continue;
            const given = answer && !("text" in answer) ? answer : null;
            const graded = given !== null && item.question.retiredAt === null;
            // Typical times exist only for graded answers; an unanswered item needs none.
            const rating = quizRating({
              correct,
              timeSpentMs: item.timeSpentMs,
              typicalMs: graded ? await typicalFor(question.type) : null,
            });
            const partialCredit =
              question.type === "multi" && answer && "choiceIds" in answer
                ? multiSelectPartialCredit(answer.choiceIds, question.choices ?? [])
                : null;
            const review = graded
              ? await gradeInTransaction(tx, {
                  userId,
                  questionId: item.questionId,
                  rating,
                  clientKey: quizReviewKey(item.id),
                  durationMs: item.timeSpentMs,
                  source: "quiz",
                  answer: given,
                  now,
                })
              : null;
            await tx.quizQuestion.update({
              where: { id: item.id },
              data: { correct, partialCredit, rating: review ? rating : null, reviewLogId: review?.reviewId ?? null },
            });
          }
        }),
      { timeout: 20_000 },
    ),
  );
}

export const isAlreadyClosed = (error: unknown) => error instanceof AppError && error.code === "conflict";

import "server-only";
import { parseJsonColumn } from "@/lib/json-column";
import type { Db } from "@/lib/db-client";
import type { Choice, OrderStep } from "@/lib/content/question";
import type { QuestionType } from "@/lib/content/schema";
import { AppError } from "@/lib/http/app-error";
import type { QuizAnswer } from "@/lib/quiz/answer";
import { answerProblem } from "@/lib/quiz/score";
import { getOwnedQuiz } from "./get-owned-quiz";

export interface SaveAnswerOptions {
  userId: string;
  quizId: string;
  questionId: string;
  answer?: QuizAnswer | null;
  flagged?: boolean;
  timeSpentMs?: number;
  now?: Date;
}


/** Saves one answer (or flag) while the clock runs; after the deadline nothing is saved. */
export async function saveAnswer(db: Db, options: SaveAnswerOptions): Promise<{ savedAt: string }> {
  const { userId, quizId, questionId, answer, flagged, timeSpentMs } = options;
  const now = options.now ?? new Date();
  const quiz = await getOwnedQuiz(db, { userId, quizId, now });
  if (quiz.status === "expired") throw new AppError("conflict", "Time is up: this quiz closed at its deadline, so that answer was not saved.");
  if (quiz.status !== "active") throw new AppError("conflict", "This quiz has already been submitted; answers can no longer change.");

  const item = await db.quizQuestion.findFirst({
    where: { quizId, questionId },
    include: { question: { select: { type: true, choices: true, steps: true } } },
  });
  if (!item) throw new AppError("invalid", "That question is not part of this quiz.");
  if (answer) {
    const problem = answerProblem(
      { type: item.question.type as QuestionType, choices: parseJsonColumn<Choice[]>(item.question.choices), steps: parseJsonColumn<OrderStep[]>(item.question.steps) },
      answer,
    );
    if (problem) throw new AppError("invalid", problem);
  }
  // Only while still open: a close racing this write wins, and the answer is refused.
  const { count } = await db.quizQuestion.updateMany({
    where: { id: item.id, quiz: { status: "active" } },
    data: {
      ...(answer !== undefined ? { answer: answer === null ? null : JSON.stringify(answer), answeredAt: answer === null ? null : now } : {}),
      ...(flagged !== undefined ? { flagged } : {}),
      // Never more than the quiz has been running: a client cannot claim time it did not have.
      ...(timeSpentMs !== undefined ? { timeSpentMs: Math.min(timeSpentMs, Math.max(0, now.getTime() - quiz.startedAt.getTime())) } : {}),
    },
  });
  if (count !== 1) throw new AppError("conflict", "This quiz closed before that answer arrived, so it was not saved.");
  return { savedAt: now.toISOString() };
}

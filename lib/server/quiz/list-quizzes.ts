import "server-only";
import type { Db } from "@/lib/db-client";
import { DEADLINE_GRACE_MS } from "@/lib/quiz/deadline";
import { closeQuiz, isAlreadyClosed } from "./close-quiz";

export interface QuizHistoryRow {
  id: string;
  status: string;
  startedAt: string;
  questionCount: number;
  correct: number;
  scored: number;
  topics: { id: string; name: string; correct: number; total: number }[];
}

/** The user's quizzes, newest first, with the score per topic of each, for the history page and its trends. */
export async function listQuizzes(db: Db, { userId, take = 50, now = new Date() }: { userId: string; take?: number; now?: Date }): Promise<QuizHistoryRow[]> {
  // Quizzes abandoned past their deadline are closed as expired now that they are looked at.
  const abandoned = await db.quiz.findMany({
    where: { userId, status: "active", deadline: { lt: new Date(now.getTime() - DEADLINE_GRACE_MS) } },
    select: { id: true },
  });
  for (const { id } of abandoned) {
    await closeQuiz(db, { userId, quizId: id, reason: "expired", now }).catch((error: unknown) => {
      if (!isAlreadyClosed(error)) throw error;
    });
  }
  const quizzes = await db.quiz.findMany({
    where: { userId },
    orderBy: { startedAt: "desc" },
    take,
    include: { questions: { select: { correct: true, question: { select: { topic: { select: { id: true, name: true, position: true } } } } } } },
  });
  return quizzes.map((quiz) => {
    const topics = new Map<string, { id: string; name: string; position: number; correct: number; total: number }>();
    for (const item of quiz.questions) {
      const t = item.question.topic;
      const entry = topics.get(t.id) ?? { id: t.id, name: t.name, position: t.position, correct: 0, total: 0 };
      if (item.correct !== null) {
        entry.total += 1;
        if (item.correct) entry.correct += 1;
      }
      topics.set(t.id, entry);
    }
    const scored = quiz.questions.filter((q) => q.correct !== null);
    return {
      id: quiz.id,
      status: quiz.status,
      startedAt: quiz.startedAt.toISOString(),
      questionCount: quiz.questions.length,
      correct: scored.filter((q) => q.correct).length,
      scored: scored.length,
      topics: [...topics.values()].sort((a, b) => a.position - b.position).map(({ id, name, correct, total }) => ({ id, name, correct, total })),
    };
  });
}

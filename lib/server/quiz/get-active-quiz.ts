import "server-only";
import type { Db } from "@/lib/db-client";

export interface ActiveQuiz {
  id: string;
  answered: number;
  total: number;
  deadline: Date;
}

/** The learner's quiz still running (the latest, when a forgotten tab left more than one), with its progress. */
export async function getActiveQuiz(db: Db, { userId, now = new Date() }: { userId: string; now?: Date }): Promise<ActiveQuiz | null> {
  const quiz = await db.quiz.findFirst({
    where: { userId, status: "active", deadline: { gt: now } },
    orderBy: { startedAt: "desc" },
    select: { id: true, deadline: true, questions: { select: { answer: true } } },
  });
  if (!quiz) return null;
  return {
    id: quiz.id,
    deadline: quiz.deadline,
    total: quiz.questions.length,
    // Saved answers only; an emptied answer (all picks taken back) is stored as JSON, so it counts as begun.
    answered: quiz.questions.filter((q) => q.answer !== null).length,
  };
}

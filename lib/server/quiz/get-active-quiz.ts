import "server-only";
import { hotQuery, type Db } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { asDate } from "@/lib/server/practice/card-row";

export interface ActiveQuiz {
  id: string;
  answered: number;
  total: number;
  deadline: Date;
}

interface ActiveQuizRow {
  id: string;
  deadline: Date | string;
  total: number | bigint;
  answered: number | bigint;
}

/** The learner's quiz still running (the latest, when a forgotten tab left more than one), with its progress. */
export async function getActiveQuiz(db: Db, { userId, now = new Date() }: { userId: string; now?: Date }): Promise<ActiveQuiz | null> {
  // One statement on the hot path: the home page asks on every visit, and almost always finds none.
  // Saved answers only; an emptied answer (all picks taken back) is stored as JSON, so it counts as begun.
  const [quiz] = await hotQuery<ActiveQuizRow>(db, Prisma.sql`
    SELECT z."id" AS "id", z."deadline" AS "deadline", COUNT(qq."id") AS "total", COUNT(qq."answer") AS "answered"
    FROM "Quiz" z LEFT JOIN "QuizQuestion" qq ON qq."quizId" = z."id"
    WHERE z."userId" = ${userId} AND z."status" = 'active' AND z."deadline" > ${now}
    GROUP BY z."id", z."deadline", z."startedAt"
    ORDER BY z."startedAt" DESC
    LIMIT 1`);
  if (!quiz) return null;
  return { id: quiz.id, deadline: asDate(quiz.deadline), total: Number(quiz.total), answered: Number(quiz.answered) };
}

import "server-only";
import type { ThrottlePolicy } from "@/lib/auth/throttle";
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/http/app-error";
import { claimAttempt, waitMessage } from "@/lib/server/users/login-throttle";
import { createQuiz, type CreateQuizOptions } from "./create-quiz";

// A person takes one quiz at a time; a few leave room for a forgotten tab.
export const MAX_ACTIVE_QUIZZES = 3;
// Starting a quiz draws and writes up to 50 rows; nobody starts more than a couple of dozen an hour.
export const QUIZ_START_POLICY: ThrottlePolicy = { maxFailures: 20, windowMs: 60 * 60_000, baseLockMs: 10 * 60_000, maxLockMs: 60 * 60_000 };

const activeQuizzes = (db: Db, userId: string, now: Date) => db.quiz.count({ where: { userId, status: "active", deadline: { gt: now } } });

/**
 * Starts a quiz for a request: limited to QUIZ_START_POLICY starts per user and MAX_ACTIVE_QUIZZES
 * running at once. The cap is checked after the insert (and the new quiz removed when over), so
 * parallel starts can be refused together but never all let through.
 */
export async function startQuiz(db: Db, options: CreateQuizOptions): Promise<{ id: string }> {
  const now = options.now ?? new Date();
  const waitMs = await claimAttempt(db, [{ key: `quiz:${options.userId}`, policy: QUIZ_START_POLICY }], now);
  if (waitMs > 0) throw new AppError("rate_limited", waitMessage("You have started a lot of quizzes in the last hour.", waitMs));
  const tooMany = () => new AppError("conflict", `You already have ${MAX_ACTIVE_QUIZZES} quizzes running. Finish or submit one before starting another.`);
  if ((await activeQuizzes(db, options.userId, now)) >= MAX_ACTIVE_QUIZZES) throw tooMany();
  const quiz = await createQuiz(db, { ...options, now });
  if ((await activeQuizzes(db, options.userId, now)) > MAX_ACTIVE_QUIZZES) {
    await db.quiz.delete({ where: { id: quiz.id } });
    throw tooMany();
  }
  return quiz;
}

import "server-only";
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/http/app-error";
import { hasExpired } from "@/lib/quiz/deadline";
import { closeQuiz, isAlreadyClosed } from "./close-quiz";

const NOT_FOUND = "There is no such quiz.";

/**
 * The user's quiz, closing it as expired first when its time ran out while nobody was looking.
 * Another user's quiz is "not found", never "forbidden", so its existence does not leak.
 */
export async function getOwnedQuiz(db: Db, { userId, quizId, now = new Date() }: { userId: string; quizId: string; now?: Date }) {
  // Ids are cuids; anything else cannot name a quiz and never reaches the database.
  if (!/^[a-z0-9]{1,40}$/.test(quizId)) throw new AppError("not_found", NOT_FOUND);
  const quiz = await db.quiz.findFirst({ where: { id: quizId, userId } });
  if (!quiz) throw new AppError("not_found", NOT_FOUND);
  if (quiz.status !== "active" || !hasExpired(quiz.deadline, now)) return quiz;
  try {
    await closeQuiz(db, { userId, quizId, reason: "expired", now });
  } catch (error) {
    // A concurrent request closed it first; either way it is closed now.
    if (!isAlreadyClosed(error)) throw error;
  }
  return db.quiz.findFirstOrThrow({ where: { id: quizId, userId } });
}

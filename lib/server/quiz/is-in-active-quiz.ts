import "server-only";
import type { Db } from "@/lib/db-client";

/** Whether the question is in one of the user's quizzes whose clock still runs: its answer must stay hidden. */
export async function isInActiveQuiz(db: Db, { userId, questionId, now = new Date() }: { userId: string; questionId: string; now?: Date }): Promise<boolean> {
  const count = await db.quizQuestion.count({ where: { questionId, quiz: { userId, status: "active", deadline: { gt: now } } } });
  return count > 0;
}

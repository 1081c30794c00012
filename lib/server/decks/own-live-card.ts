import "server-only";
import type { Db } from "@/lib/db-client";
import type { BankQuestion } from "@/lib/server/content/question-bank";

/** One of this learner's live own cards with its topic, as the bank would hold it; null for anything else. */
export async function ownLiveCard(db: Db, userId: string, questionId: string): Promise<BankQuestion | null> {
  return db.question.findFirst({ where: { id: questionId, ownerId: userId, retiredAt: null }, include: { topic: true } });
}

import "server-only";
import type { Db } from "@/lib/db-client";
import type { BankQuestion } from "@/lib/server/content/question-bank";

/** Includes a question's deck name, so an own card can show it where a bank question shows its subtopic. */
export const withDeckName = { topic: true, deck: { select: { name: true } } } as const;

/** An own card's subtopic is its deck id (for mastery); what the learner sees there is the deck's name. */
export function labelled<T extends { subtopic: string; deck?: { name: string } | null }>(question: T): Omit<T, "deck"> {
  const { deck, ...rest } = question;
  return deck ? { ...rest, subtopic: deck.name } : rest;
}

/** One of this learner's live own cards with its topic, as the bank would hold it; null for anything else. */
export async function ownLiveCard(db: Db, userId: string, questionId: string): Promise<BankQuestion | null> {
  const question = await db.question.findFirst({ where: { id: questionId, ownerId: userId, retiredAt: null }, include: withDeckName });
  return question ? labelled(question) : null;
}

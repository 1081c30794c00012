import "server-only";
import { visibleTo } from "@/lib/server/library/hidden-questions";
import { labelled, withDeckName } from "@/lib/server/decks/own-live-card";
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/http/app-error";
import type { PracticeCard } from "@/lib/practice/types";
import { getLearnerScheduler } from "@/lib/server/learner/scheduler-config";
import { toPracticeCard } from "./to-practice-card";

/** One question as this user would practise it now (used to show a card again after undo). */
export async function getCard(db: Db, { userId, questionId, now = new Date() }: { userId: string; questionId: string; now?: Date }): Promise<PracticeCard> {
  // Question ids are slugs; anything else cannot name one and never reaches the database.
  if (!/^[a-z0-9-]{1,200}$/.test(questionId)) throw new AppError("not_found", "That question does not exist or has been retired.");
  const found = await db.question.findFirst({ where: { id: questionId, retiredAt: null, ...visibleTo(userId) }, include: withDeckName });
  const question = found && labelled(found);
  if (!question) throw new AppError("not_found", "That question does not exist or has been retired.");
  const [state, scheduler] = await Promise.all([
    db.cardState.findUnique({ where: { userId_questionId: { userId, questionId } } }),
    getLearnerScheduler(db, userId),
  ]);
  return toPracticeCard(question, state, userId, now, scheduler.config);
}

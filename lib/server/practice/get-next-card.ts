import "server-only";
import type { Db } from "@/lib/db-client";
import type { NextCardResult, QueueCounts } from "@/lib/practice/types";
import { startOfLocalDay } from "@/lib/time/local-day";
import { plannedNewCardsToday } from "@/lib/server/learner/get-interview-plan";
import { getLearnerScheduler } from "@/lib/server/learner/scheduler-config";
import { toPracticeCard } from "./to-practice-card";

export interface NextCardOptions {
  userId: string;
  topicId?: string | null;
  now?: Date;
}

const activeQuestion = (topicId?: string | null) => ({ retiredAt: null, ...(topicId ? { topicId } : {}) });

/**
 * New cards the user may still start today: the daily limit (the interview plan's, when one applies and
 * the learner follows it) less the new cards graded since local midnight.
 */
async function newCardsLeftToday(db: Db, userId: string, now: Date): Promise<number> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { newCardsPerDay: true, timeZone: true } });
  const introducedToday = await db.reviewLog.count({
    where: { userId, prevExisted: false, reviewedAt: { gte: startOfLocalDay(now, user.timeZone) } },
  });
  const planned = await plannedNewCardsToday(db, { userId, now, introducedToday });
  return Math.max(0, (planned ?? user.newCardsPerDay) - introducedToday);
}

export async function getQueueCounts(db: Db, { userId, topicId, now = new Date() }: NextCardOptions): Promise<QueueCounts> {
  const [due, unseen, allowance] = await Promise.all([
    db.cardState.count({ where: { userId, due: { lte: now }, question: activeQuestion(topicId) } }),
    db.question.count({ where: { ...activeQuestion(topicId), cardStates: { none: { userId } } } }),
    newCardsLeftToday(db, userId, now),
  ]);
  return { due, newAvailable: Math.min(unseen, allowance), unseen };
}

/** Due cards first (most overdue first), then new cards up to the daily limit, interleaving topics. */
export async function getNextCard(db: Db, options: NextCardOptions): Promise<NextCardResult> {
  const { userId, topicId } = options;
  const now = options.now ?? new Date();
  const [counts, scheduler] = await Promise.all([getQueueCounts(db, { userId, topicId, now }), getLearnerScheduler(db, userId)]);

  if (counts.due > 0) {
    const state = await db.cardState.findFirst({
      where: { userId, due: { lte: now }, question: activeQuestion(topicId) },
      orderBy: [{ due: "asc" }, { id: "asc" }],
      include: { question: { include: { topic: true } } },
    });
    if (state) return { kind: "card", card: toPracticeCard(state.question, state, userId, now, scheduler.config), counts };
  }
  if (counts.newAvailable > 0) {
    const question = await db.question.findFirst({
      where: { ...activeQuestion(topicId), cardStates: { none: { userId } } },
      orderBy: [{ position: "asc" }, { topic: { position: "asc" } }],
      include: { topic: true },
    });
    if (question) return { kind: "card", card: toPracticeCard(question, null, userId, now, scheduler.config), counts };
  }
  const upcoming = await db.cardState.findFirst({
    where: { userId, question: activeQuestion(topicId) },
    orderBy: { due: "asc" },
    select: { due: true },
  });
  return { kind: "done", nextDueAt: upcoming?.due.toISOString() ?? null, counts };
}

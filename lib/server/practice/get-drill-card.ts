import "server-only";
import type { Db } from "@/lib/db-client";
import { drillOrder } from "@/lib/learner/weakness";
import type { NextCardResult } from "@/lib/practice/types";
import { getTopicMastery } from "@/lib/server/progress/get-topic-mastery";
import { getLearnerScheduler } from "@/lib/server/learner/scheduler-config";
import { hiddenIds, studyableBy, visibleTo } from "@/lib/server/library/hidden-questions";
import { toPracticeCard } from "./to-practice-card";
import { labelled, withDeckName } from "@/lib/server/decks/own-live-card";

// A card just drilled is not offered again in the same sitting.
export const RESTING_MS = 10 * 60 * 1000;

/** Questions drilled in the last RESTING_MS: both drills leave them out for now. */
export async function restingQuestionIds(db: Db, userId: string, now: Date): Promise<Set<string>> {
  const recent = await db.reviewLog.findMany({
    where: { userId, source: "drill", reviewedAt: { gt: new Date(now.getTime() - RESTING_MS) } },
    select: { questionId: true },
  });
  return new Set(recent.map((r) => r.questionId));
}

/** One question as a drill shows it: with the learner's card state and their own scheduler's intervals. */
export async function drillCardFor(db: Db, { userId, questionId, now }: { userId: string; questionId: string; now: Date }) {
  const [question, state, scheduler] = await Promise.all([
    db.question.findFirstOrThrow({ where: { id: questionId, ...visibleTo(userId) }, include: withDeckName }).then(labelled),
    db.cardState.findUnique({ where: { userId_questionId: { userId, questionId } } }),
    getLearnerScheduler(db, userId),
  ]);
  return toPracticeCard(question, state, userId, now, scheduler.config);
}

export interface DrillOptions {
  userId: string;
  topicId?: string | null;
  now?: Date;
}

/**
 * The drill's queue (lib/learner/weakness.ts): cards failed in the last 7 days, most recent first; then
 * cards under 85% recall, lowest first; then never-seen questions of the weakest topic (or of the chosen one).
 */
export async function getDrillQueue(db: Db, { userId, topicId, now = new Date() }: DrillOptions) {
  const [{ cards, weakestTopicId }, resting, hidden] = await Promise.all([
    getTopicMastery(db, { userId, now }),
    restingQuestionIds(db, userId, now),
    hiddenIds(db, userId, now),
  ]);
  const weak = drillOrder(
    cards.filter((c) => (!topicId || c.topicId === topicId) && !resting.has(c.questionId) && !hidden.has(c.questionId)),
    now,
  );
  const focus = topicId ?? weakestTopicId;
  const unseen = focus
    ? (
        await db.question.findMany({
          where: { topicId: focus, retiredAt: null, cardStates: { none: { userId } }, AND: [studyableBy(userId, now), visibleTo(userId)] },
          orderBy: { position: "asc" },
          select: { id: true },
        })
      ).map((q) => q.id)
    : [];
  return { weak, unseen, focusTopicId: focus };
}

export async function getDrillCard(db: Db, options: DrillOptions): Promise<NextCardResult> {
  const { userId } = options;
  const now = options.now ?? new Date();
  const queue = await getDrillQueue(db, { ...options, now });
  const counts = { due: queue.weak.length, newAvailable: queue.unseen.length, unseen: queue.unseen.length };
  const next = queue.weak[0] ?? queue.unseen[0];
  if (!next) return { kind: "done", nextDueAt: null, counts };
  return { kind: "card", card: await drillCardFor(db, { userId, questionId: next, now }), counts };
}

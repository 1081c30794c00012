import "server-only";
import type { Db } from "@/lib/db-client";
import type { NextCardResult } from "@/lib/practice/types";
import { TARGET_RECALL } from "@/lib/progress/forecast";
import { getTopicMastery, weakestTopic } from "@/lib/server/progress/get-topic-mastery";
import { toPracticeCard } from "./to-practice-card";

// A card just drilled is not offered again in the same sitting.
const RESTING_MS = 10 * 60 * 1000;

export interface DrillOptions {
  userId: string;
  topicId?: string | null;
  now?: Date;
}

/**
 * The weakest questions first: seen cards predicted below 90% recall, lowest recall then most lapses;
 * after them, never-seen questions of the weakest topic (or of the chosen one).
 */
export async function getDrillQueue(db: Db, { userId, topicId, now = new Date() }: DrillOptions) {
  const { topics, cards } = await getTopicMastery(db, { userId, now });
  const rested = (c: { lastReview: Date | null }) => !c.lastReview || now.getTime() - c.lastReview.getTime() >= RESTING_MS;
  const weak = cards
    .filter((c) => (!topicId || c.topicId === topicId) && c.recall < TARGET_RECALL && rested(c))
    .sort((a, b) => a.recall - b.recall || b.lapses - a.lapses)
    .map((c) => c.questionId);
  const focus = topicId ?? weakestTopic(topics)?.id ?? null;
  const unseen = focus
    ? (
        await db.question.findMany({
          where: { topicId: focus, retiredAt: null, cardStates: { none: { userId } } },
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
  const question = await db.question.findUniqueOrThrow({ where: { id: next }, include: { topic: true } });
  const state = await db.cardState.findUnique({ where: { userId_questionId: { userId, questionId: next } } });
  return { kind: "card", card: toPracticeCard(question, state, userId, now), counts };
}

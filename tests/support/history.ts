import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";

const DAY = 86_400_000;

export interface TopicHistory {
  topicId: string;
  cards: number;
  stability: number;
  daysSinceReview: number;
  lapses?: number;
}

/**
 * Gives a user card states (in Review, last seen `daysSinceReview` ago with the given stability, so
 * FSRS predicts their recall) and one review log per card on the day it was last reviewed.
 */
export async function seedHistory(db: PrismaClient, userId: string, topics: TopicHistory[], now = new Date()) {
  for (const spec of topics) {
    const questions = await db.question.findMany({ where: { topicId: spec.topicId, retiredAt: null }, orderBy: { position: "asc" }, take: spec.cards });
    const lastReview = new Date(now.getTime() - spec.daysSinceReview * DAY);
    for (const q of questions) {
      await db.cardState.create({
        data: {
          userId,
          questionId: q.id,
          due: new Date(lastReview.getTime() + spec.stability * DAY),
          stability: spec.stability,
          difficulty: 5,
          elapsedDays: 0,
          scheduledDays: Math.round(spec.stability),
          learningSteps: 0,
          reps: 4 + (spec.lapses ?? 0),
          lapses: spec.lapses ?? 0,
          state: 2,
          lastReview,
          version: 1,
        },
      });
      await db.reviewLog.create({
        data: {
          userId,
          questionId: q.id,
          rating: 3,
          source: "practice",
          reviewedAt: lastReview,
          durationMs: 4000,
          clientKey: randomUUID(),
          cardVersion: 1,
          prevExisted: true,
          prevState: 2,
          prevDue: lastReview,
          prevStability: spec.stability,
          prevDifficulty: 5,
          prevElapsedDays: 0,
          prevScheduledDays: Math.round(spec.stability),
          prevLearningSteps: 0,
          prevReps: 3,
          prevLapses: spec.lapses ?? 0,
          prevLastReview: null,
        },
      });
    }
  }
}

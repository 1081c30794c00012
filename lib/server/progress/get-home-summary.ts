import "server-only";
import type { Db } from "@/lib/db-client";
import { startOfLocalDay } from "@/lib/time/local-day";
import { getQueueCounts } from "@/lib/server/practice/get-next-card";
import { listTopics, type TopicSummary } from "@/lib/server/topics/list-topics";

export interface TopicProgress extends TopicSummary {
  due: number;
  seen: number;
}

export interface HomeSummary {
  due: number;
  newAvailable: number;
  unseen: number;
  reviewedToday: number;
  nextDueAt: Date | null;
  topics: TopicProgress[];
}

interface TopicCounts {
  topicId: string;
  seen: bigint | number;
  due: bigint | number;
}

/** What the signed-in home page shows: what is due now, and where each topic stands. */
export async function getHomeSummary(db: Db, { userId, now = new Date() }: { userId: string; now?: Date }): Promise<HomeSummary> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  const [counts, topics, reviewedToday, upcoming, perTopic] = await Promise.all([
    getQueueCounts(db, { userId, now }),
    listTopics(db),
    db.reviewLog.count({ where: { userId, reviewedAt: { gte: startOfLocalDay(now, user.timeZone) } } }),
    db.cardState.findFirst({ where: { userId, question: { retiredAt: null } }, orderBy: { due: "asc" }, select: { due: true } }),
    // One grouped query instead of a count per topic.
    db.$queryRaw<TopicCounts[]>`
      SELECT q."topicId" AS "topicId", COUNT(*) AS "seen",
             SUM(CASE WHEN c."due" <= ${now} THEN 1 ELSE 0 END) AS "due"
      FROM "CardState" c JOIN "Question" q ON q."id" = c."questionId"
      WHERE c."userId" = ${userId} AND q."retiredAt" IS NULL
      GROUP BY q."topicId"`,
  ]);
  const byTopic = new Map(perTopic.map((row) => [row.topicId, row]));
  return {
    ...counts,
    reviewedToday,
    nextDueAt: upcoming?.due ?? null,
    topics: topics.map((topic) => ({
      ...topic,
      seen: Number(byTopic.get(topic.id)?.seen ?? 0),
      due: Number(byTopic.get(topic.id)?.due ?? 0),
    })),
  };
}

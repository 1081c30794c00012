import "server-only";
import type { Db } from "@/lib/db-client";
import { OWN_TOPIC_ID } from "@/lib/content/own-cards";

/** The topics in display order with how many live questions each holds. */
export async function listTopics(db: Db) {
  const topics = await db.topic.findMany({
    where: { id: { not: OWN_TOPIC_ID } },
    orderBy: { position: "asc" },
    include: { _count: { select: { questions: { where: { retiredAt: null, ownerId: null } } } } },
  });
  return topics.map((t) => ({
    id: t.id,
    name: t.name,
    short: t.short,
    glyph: t.glyph,
    description: t.description,
    questionCount: t._count.questions,
  }));
}

export type TopicSummary = Awaited<ReturnType<typeof listTopics>>[number];

/** Live questions per topic and difficulty, so the quiz set-up can say how many are available. */
export async function countQuestionsByTopicAndDifficulty(db: Db): Promise<Record<string, Record<string, number>>> {
  const groups = await db.question.groupBy({ by: ["topicId", "difficulty"], where: { retiredAt: null, ownerId: null }, _count: { _all: true } });
  const counts: Record<string, Record<string, number>> = {};
  for (const g of groups) (counts[g.topicId] ??= {})[g.difficulty] = g._count._all;
  return counts;
}

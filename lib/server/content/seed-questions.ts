import "server-only";
import { isSqliteClient, type Db } from "@/lib/db-client";
import type { LoadedContent } from "@/lib/content/load";
import type { QuestionRecord } from "@/lib/content/question";
import { syncSearchIndex } from "@/lib/server/library/sync-search-index";

export interface SeedSummary {
  topics: number;
  created: number;
  updated: number;
  unchanged: number;
  retired: number;
}

const json = (value: unknown) => (value === null ? null : JSON.stringify(value));

function questionData(q: QuestionRecord) {
  return {
    topicId: q.topicId,
    subtopic: q.subtopic,
    tags: JSON.stringify(q.tags),
    difficulty: q.difficulty,
    type: q.type,
    prompt: q.prompt,
    answer: q.answer,
    explanation: q.explanation,
    source: q.source,
    choices: json(q.choices),
    steps: json(q.steps),
    code: json(q.code),
    position: q.position,
    retiredAt: null,
  };
}

/**
 * Makes the Question and Topic tables match the content files. Touches no CardState or ReviewLog:
 * a question that left the files is retired (hidden), never deleted, so users' history stays.
 */
export async function seedQuestions(db: Db, content: LoadedContent): Promise<SeedSummary> {
  const summary: SeedSummary = { topics: content.topics.length, created: 0, updated: 0, unchanged: 0, retired: 0 };
  // Only bank questions: a learner's own cards (ownerId set) are never touched or retired by the seed.
  const existing = new Map((await db.question.findMany({ where: { ownerId: null } })).map((q) => [q.id, q]));
  const rewritten: string[] = [];

  await db.$transaction(async (tx) => {
    for (const [position, topic] of content.topics.entries()) {
      const data = { name: topic.name, short: topic.short, glyph: topic.glyph, description: topic.description, position };
      await tx.topic.upsert({ where: { id: topic.id }, create: { id: topic.id, ...data }, update: data });
    }
    // New questions go in one statement: a first seed of the whole bank is hundreds of rows.
    const fresh = content.questions.filter((q) => !existing.has(q.id)).map((q) => ({ id: q.id, ...questionData(q) }));
    if (fresh.length > 0) await tx.question.createMany({ data: fresh });
    summary.created = fresh.length;
    rewritten.push(...fresh.map((q) => q.id));
    for (const q of content.questions) {
      const data = questionData(q);
      const before = existing.get(q.id);
      if (!before) continue;
      const changed = (Object.keys(data) as (keyof typeof data)[]).some((key) => before[key] !== data[key]);
      if (!changed) {
        summary.unchanged += 1;
        continue;
      }
      await tx.question.update({ where: { id: q.id }, data });
      rewritten.push(q.id);
      summary.updated += 1;
    }
    const kept = content.questions.map((q) => q.id);
    const retired = await tx.question.updateMany({
      where: { id: { notIn: kept }, retiredAt: null, ownerId: null },
      data: { retiredAt: new Date() },
    });
    summary.retired = retired.count;
    // A reseed after a large content change updates many rows one by one; give it room on a busy machine.
  }, { timeout: 60_000, maxWait: 10_000 });
  // The library's full-text index follows the bank: changed questions rewritten, retired ones dropped.
  await syncSearchIndex(db, rewritten);
  // PostgreSQL plans the queue from table statistics, and autovacuum may take a minute to gather them
  // after a bulk load; until then it guesses a handful of questions and picks nested-loop scans.
  if (!isSqliteClient(db) && (summary.created > 0 || summary.updated > 0 || summary.retired > 0)) {
    await db.$executeRawUnsafe(`ANALYZE "Topic", "Question"`);
  }
  return summary;
}

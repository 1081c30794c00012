import "server-only";
import type { Db } from "@/lib/db-client";
import type { Question, Topic } from "@/lib/generated/prisma/client";
import { OWN_TOPIC_ID } from "@/lib/content/own-cards";
import { renderAhead } from "@/lib/server/practice/rendered-question";

export type BankQuestion = Question & { topic: Topic };

/** The live questions and topics as one process holds them, for one content version. */
export interface QuestionBank {
  version: number;
  topics: Topic[];
  byId: Map<string, BankQuestion>;
  /** Live questions in the order new cards are introduced: position within topic, then topic order. */
  newCardOrder: BankQuestion[];
  /** Live questions per topic id, and in all. */
  activeCount: (topicId?: string | null) => number;
}

// Per client, so tests and tools holding several databases each get their own bank.
const banks = new WeakMap<Db, { version: number; bank: Promise<QuestionBank> }>();

async function loadBank(db: Db, version: number): Promise<QuestionBank> {
  const [topics, questions] = await Promise.all([
    db.topic.findMany({ where: { id: { not: OWN_TOPIC_ID } }, orderBy: { position: "asc" } }),
    // The bank is shared by every user, so it holds bank questions only, never a learner's own cards.
    db.question.findMany({ where: { retiredAt: null, ownerId: null } }),
  ]);
  const topicById = new Map(topics.map((t) => [t.id, t]));
  const live = questions.flatMap((q) => {
    const topic = topicById.get(q.topicId);
    return topic ? [{ ...q, topic }] : [];
  });
  const newCardOrder = [...live].sort((a, b) => a.position - b.position || a.topic.position - b.topic.position || (a.id < b.id ? -1 : 1));
  const perTopic = new Map<string, number>();
  for (const q of live) perTopic.set(q.topicId, (perTopic.get(q.topicId) ?? 0) + 1);
  // In the order learners meet them, so the first cards anyone is shown are the first rendered.
  renderAhead(newCardOrder);
  return {
    version,
    topics,
    byId: new Map(live.map((q) => [q.id, q])),
    newCardOrder,
    activeCount: (topicId) => (topicId ? (perTopic.get(topicId) ?? 0) : live.length),
  };
}

/**
 * The question bank at `version` (read from ContentVersion, which triggers bump on every change to
 * Topic or Question): kept in memory until the version moves, so every instance notices a reseed on
 * its next request.
 */
export function questionBank(db: Db, version: number): Promise<QuestionBank> {
  const cached = banks.get(db);
  if (cached && cached.version === version) return cached.bank;
  const bank = loadBank(db, version);
  banks.set(db, { version, bank });
  // A failed load must not stick.
  bank.catch(() => banks.get(db)?.bank === bank && banks.delete(db));
  return bank;
}

/** The content version now in the database. */
export async function contentVersion(db: Db): Promise<number> {
  const rows = await db.$queryRaw<{ version: number }[]>`SELECT "version" FROM "ContentVersion" WHERE "id" = 1`;
  return Number(rows[0]?.version ?? 0);
}

/** The current bank, at the cost of one round trip for the version. */
export async function currentQuestionBank(db: Db): Promise<QuestionBank> {
  return questionBank(db, await contentVersion(db));
}

import "server-only";
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/http/app-error";
import { deckIdSchema, MAX_DECKS } from "@/lib/validation/decks";
import { syncSearchIndex } from "@/lib/server/library/sync-search-index";

const notFound = () => new AppError("not_found", "That deck does not exist.");

/** The learner's live decks, newest first, with how many live cards each holds. */
export async function listDecks(db: Db, { userId }: { userId: string }) {
  const decks = await db.deck.findMany({
    where: { userId, deletedAt: null },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    include: { _count: { select: { questions: { where: { retiredAt: null } } } } },
  });
  return decks.map((d) => ({ id: d.id, name: d.name, source: d.source, cardCount: d._count.questions, updatedAt: d.updatedAt.toISOString() }));
}

export type DeckSummary = Awaited<ReturnType<typeof listDecks>>[number];

/** One live deck of this learner; any other id (another learner's, deleted, malformed) is a 404. */
export async function getOwnedDeck(db: Db, { userId, deckId }: { userId: string; deckId: string }) {
  if (!deckIdSchema.safeParse(deckId).success) throw notFound();
  const deck = await db.deck.findFirst({ where: { id: deckId, userId, deletedAt: null } });
  if (!deck) throw notFound();
  return deck;
}

export async function createDeck(db: Db, { userId, name, source = "manual", sourceKey = null }: { userId: string; name: string; source?: string; sourceKey?: string | null }) {
  const count = await db.deck.count({ where: { userId, deletedAt: null } });
  if (count >= MAX_DECKS) throw new AppError("invalid", `You have ${MAX_DECKS} decks, the most one learner can keep. Delete one to make room.`);
  return db.deck.create({ data: { userId, name, source, sourceKey }, select: { id: true, name: true } });
}

export async function renameDeck(db: Db, { userId, deckId, name }: { userId: string; deckId: string; name: string }) {
  await getOwnedDeck(db, { userId, deckId });
  return db.deck.update({ where: { id: deckId }, data: { name }, select: { id: true, name: true } });
}

/** Deletes a deck: hidden, and its cards retired like a retired bank question, so their history stays. */
export async function deleteDeck(db: Db, { userId, deckId, now = new Date() }: { userId: string; deckId: string; now?: Date }) {
  await getOwnedDeck(db, { userId, deckId });
  const retired = await db.question.findMany({ where: { deckId, ownerId: userId, retiredAt: null }, select: { id: true } });
  await db.$transaction([
    db.question.updateMany({ where: { deckId, ownerId: userId, retiredAt: null }, data: { retiredAt: now } }),
    db.deck.update({ where: { id: deckId }, data: { deletedAt: now } }),
  ]);
  await syncSearchIndex(db, retired.map((q) => q.id));
  return { retired: retired.length };
}

/** The learner's live decks among the decks holding `questionIds`: how a quiz of those questions draws own cards. */
export async function liveDeckIdsOf(db: Db, { userId, questionIds }: { userId: string; questionIds: string[] }): Promise<string[]> {
  const rows = await db.question.findMany({ where: { id: { in: questionIds }, ownerId: userId, deckId: { not: null } }, select: { deckId: true }, distinct: ["deckId"] });
  const ids = rows.flatMap((r) => (r.deckId ? [r.deckId] : []));
  if (ids.length === 0) return [];
  return (await db.deck.findMany({ where: { id: { in: ids }, userId, deletedAt: null }, select: { id: true } })).map((d) => d.id);
}

/** The learner's live decks with their live cards per difficulty, for the quiz set-up. */
export async function countOwnCardsByDeckAndDifficulty(db: Db, { userId }: { userId: string }) {
  const [decks, groups] = await Promise.all([
    db.deck.findMany({ where: { userId, deletedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.question.groupBy({ by: ["deckId", "difficulty"], where: { ownerId: userId, retiredAt: null }, _count: { _all: true } }),
  ]);
  return decks.map((d) => ({
    ...d,
    counts: Object.fromEntries(groups.filter((g) => g.deckId === d.id).map((g) => [g.difficulty, g._count._all])),
  }));
}

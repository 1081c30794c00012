import "server-only";
import type { Db } from "@/lib/db-client";
import { OWN_TOPIC_ID } from "@/lib/content/own-cards";
import { ownCardColumns } from "@/lib/decks/card-columns";
import { AppError } from "@/lib/http/app-error";
import type { OwnCard } from "@/lib/validation/decks";
import { newId } from "@/lib/server/ids";
import { syncSearchIndex } from "@/lib/server/library/sync-search-index";
import { getOwnedDeck } from "./decks";

export const MAX_CARDS_PER_DECK = 50_000;

const cardNotFound = () => new AppError("not_found", "That card does not exist.");
const isId = (id: string) => /^[a-z0-9-]{1,200}$/.test(id);

/** The live cards of one of the learner's decks, in their order. */
export async function listDeckCards(db: Db, { userId, deckId }: { userId: string; deckId: string }) {
  await getOwnedDeck(db, { userId, deckId });
  return db.question.findMany({
    where: { deckId, ownerId: userId, retiredAt: null },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, type: true, prompt: true, tags: true, difficulty: true, updatedAt: true },
  });
}

/** One live card of the learner's; anyone else's is a 404. */
export async function getOwnCard(db: Db, { userId, cardId }: { userId: string; cardId: string }) {
  if (!isId(cardId)) throw cardNotFound();
  const card = await db.question.findFirst({ where: { id: cardId, ownerId: userId, retiredAt: null, deck: { deletedAt: null } } });
  if (!card) throw cardNotFound();
  return card;
}

async function nextPosition(db: Db, deckId: string) {
  const last = await db.question.aggregate({ where: { deckId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

export async function createOwnCard(db: Db, { userId, deckId, card }: { userId: string; deckId: string; card: OwnCard }) {
  await getOwnedDeck(db, { userId, deckId });
  const live = await db.question.count({ where: { deckId, retiredAt: null } });
  if (live >= MAX_CARDS_PER_DECK) throw new AppError("invalid", `A deck holds at most ${MAX_CARDS_PER_DECK.toLocaleString("en")} cards.`);
  const id = newId();
  await db.question.create({
    data: { id, ownerId: userId, deckId, topicId: OWN_TOPIC_ID, subtopic: deckId, source: null, position: await nextPosition(db, deckId), ...ownCardColumns(card) },
  });
  await db.deck.update({ where: { id: deckId }, data: { updatedAt: new Date() } });
  await syncSearchIndex(db, [id]);
  return { id };
}

export async function updateOwnCard(db: Db, { userId, cardId, card }: { userId: string; cardId: string; card: OwnCard }) {
  const before = await getOwnCard(db, { userId, cardId });
  await db.question.update({ where: { id: before.id }, data: ownCardColumns(card) });
  await syncSearchIndex(db, [before.id]);
  return { id: before.id, deckId: before.deckId };
}

/** Deleting a card retires it, as the seed retires a bank question: its reviews and card state stay. */
export async function retireOwnCard(db: Db, { userId, cardId, now = new Date() }: { userId: string; cardId: string; now?: Date }) {
  const before = await getOwnCard(db, { userId, cardId });
  await db.question.update({ where: { id: before.id }, data: { retiredAt: now } });
  await syncSearchIndex(db, [before.id]);
  return { id: before.id, deckId: before.deckId };
}

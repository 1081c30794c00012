import "server-only";
import type { Db } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { OWN_TOPIC_ID } from "@/lib/content/own-cards";
import { AppError } from "@/lib/http/app-error";
import { bindMedia, planImport, type PlannedCard, type PlannedDeck } from "@/lib/anki/import-plan";
import { readAnkiPackage, type AnkiPackage } from "@/lib/anki/read-package";
import { ANKI_LIMITS, type AnkiLimits } from "@/lib/anki/limits";
import { MAX_DECKS } from "@/lib/validation/decks";
import { newId } from "@/lib/server/ids";
import { syncSearchIndex } from "@/lib/server/library/sync-search-index";
import { prevFieldsOf } from "@/lib/server/practice/card-row";

export interface AnkiImportResult {
  decks: Array<{ id: string; name: string; updated: boolean }>;
  created: number;
  updated: number;
  retired: number;
  reviews: number;
  images: number;
}

const CHUNK = 500;
const chunks = <T>(items: T[], size = CHUNK) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Imports an .apkg/.colpkg for one learner in a single transaction: decks by the Anki hierarchy, one card per
 * Anki card (per cloze deletion), images stored with their deck, and the revlog as ReviewLog with the replayed
 * CardState. A deck imported before is refused with `conflict` unless `update` is set, then updated in place.
 */
export async function importAnkiPackage(
  db: Db,
  {
    userId,
    data,
    update = false,
    limits = ANKI_LIMITS,
  }: { userId: string; data: Uint8Array; update?: boolean; limits?: AnkiLimits },
): Promise<AnkiImportResult> {
  const pkg = await readAnkiPackage(data, limits);
  const planned = planImport(pkg);
  if (planned.length === 0 || planned.every((d) => d.cards.length === 0)) {
    throw new AppError("invalid", "This Anki package holds no cards to import.");
  }
  const existing = await db.deck.findMany({
    where: { userId, deletedAt: null, source: "anki", sourceKey: { in: planned.map((d) => d.sourceKey) } },
    select: { id: true, name: true, sourceKey: true },
  });
  if (existing.length > 0 && !update) {
    const names = existing.map((d) => `"${d.name}"`).join(", ");
    throw new AppError(
      "conflict",
      `You imported ${names} before. Update ${existing.length === 1 ? "it" : "them"} with this file instead?`,
    );
  }
  const live = await db.deck.count({ where: { userId, deletedAt: null } });
  if (live + planned.length - existing.length > MAX_DECKS) {
    throw new AppError(
      "invalid",
      `This file holds ${planned.length} decks; with yours that is more than the ${MAX_DECKS} one learner can keep.`,
    );
  }
  const existingByKey = new Map(existing.map((d) => [d.sourceKey!, d]));

  const result: AnkiImportResult = { decks: [], created: 0, updated: 0, retired: 0, reviews: 0, images: 0 };
  const touched: string[] = [];
  await db.$transaction(
    async (tx) => {
      for (const deck of planned) {
        const found = existingByKey.get(deck.sourceKey);
        const deckId = found?.id ?? newId();
        if (found) await tx.deck.update({ where: { id: deckId }, data: { updatedAt: new Date() } });
        else
          await tx.deck.create({
            data: { id: deckId, userId, name: deck.name, source: "anki", sourceKey: deck.sourceKey },
          });
        result.decks.push({ id: deckId, name: deck.name, updated: Boolean(found) });
        await storeImages(tx, { userId, deckId, deck, pkg });
        result.images += deck.images.length;
        const counts = await storeCards(tx, { userId, deckId, deck, touched });
        result.created += counts.created;
        result.updated += counts.updated;
        result.retired += counts.retired;
        result.reviews += counts.reviews;
      }
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
  // The search index is derived and kept by its own transaction, as for cards written by hand.
  await syncSearchIndex(db, touched);
  return result;
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function storeImages(
  tx: Tx,
  { userId, deckId, deck, pkg }: { userId: string; deckId: string; deck: PlannedDeck; pkg: AnkiPackage },
) {
  if (deck.images.length === 0) return;
  await tx.deckMedia.deleteMany({ where: { deckId, name: { in: deck.images } } });
  for (const names of chunks(deck.images, 20)) {
    await tx.deckMedia.createMany({
      data: names.map((name) => {
        const image = pkg.images.get(name)!;
        return {
          userId,
          deckId,
          name,
          contentType: image.contentType,
          size: image.bytes.length,
          bytes: Buffer.from(image.bytes),
        };
      }),
    });
  }
}

function columns(card: PlannedCard, deckId: string) {
  return {
    prompt: bindMedia(card.prompt, deckId),
    answer: bindMedia(card.answer, deckId) || "(no answer in the Anki note)",
    tags: JSON.stringify(card.tags),
  };
}

async function storeCards(
  tx: Tx,
  { userId, deckId, deck, touched }: { userId: string; deckId: string; deck: PlannedDeck; touched: string[] },
) {
  const before = await tx.question.findMany({
    where: { deckId, ownerId: userId },
    select: { id: true, sourceKey: true, retiredAt: true },
  });
  const byKey = new Map(before.map((q) => [q.sourceKey, q]));
  const last = await tx.question.aggregate({ where: { deckId }, _max: { position: true } });
  let position = (last._max.position ?? -1) + 1;
  const withHistory = new Set(
    (
      await tx.reviewLog.findMany({
        where: { userId, question: { deckId } },
        select: { questionId: true },
        distinct: ["questionId"],
      })
    ).map((r) => r.questionId),
  );

  const creates: Prisma.QuestionCreateManyInput[] = [];
  const historyFor: Array<{ id: string; card: PlannedCard }> = [];
  let updated = 0;
  for (const card of deck.cards) {
    const found = byKey.get(card.key);
    if (found) {
      await tx.question.update({ where: { id: found.id }, data: { ...columns(card, deckId), retiredAt: null } });
      touched.push(found.id);
      updated++;
      // The learner may have practised here since the first import: that history wins over the file's.
      if (!withHistory.has(found.id)) historyFor.push({ id: found.id, card });
      continue;
    }
    const id = newId();
    creates.push({
      id,
      ownerId: userId,
      deckId,
      topicId: OWN_TOPIC_ID,
      subtopic: deckId,
      type: "flashcard",
      difficulty: "medium",
      explanation: "",
      position: position++,
      sourceNoteId: card.key.slice(0, card.key.lastIndexOf(":")),
      sourceKey: card.key,
      ...columns(card, deckId),
    });
    touched.push(id);
    historyFor.push({ id, card });
  }
  for (const part of chunks(creates)) await tx.question.createMany({ data: part });

  const keys = new Set(deck.cards.map((c) => c.key));
  const gone = before
    .filter((q) => q.retiredAt === null && q.sourceKey !== null && !keys.has(q.sourceKey))
    .map((q) => q.id);
  const now = new Date();
  for (const ids of chunks(gone))
    await tx.question.updateMany({ where: { id: { in: ids } }, data: { retiredAt: now } });
  touched.push(...gone);

  const reviews = await storeHistory(tx, userId, historyFor);
  return { created: creates.length, updated, retired: gone.length, reviews };
}

async function storeHistory(tx: Tx, userId: string, cards: Array<{ id: string; card: PlannedCard }>): Promise<number> {
  const logs: Prisma.ReviewLogCreateManyInput[] = [];
  const states: Prisma.CardStateCreateManyInput[] = [];
  for (const { id, card } of cards) {
    if (!card.state || card.reviews.length === 0) continue;
    card.reviews.forEach((review, i) => {
      const b = review.before;
      logs.push({
        userId,
        questionId: id,
        rating: review.rating,
        source: "anki",
        reviewedAt: review.reviewedAt,
        durationMs: review.durationMs,
        clientKey: `anki:${id}:${i}`,
        cardVersion: i + 1,
        prevExisted: review.existed,
        ...prevFieldsOf(b),
      });
    });
    const s = card.state;
    states.push({
      userId,
      questionId: id,
      due: s.due,
      stability: s.stability,
      difficulty: s.difficulty,
      elapsedDays: s.elapsedDays,
      scheduledDays: s.scheduledDays,
      learningSteps: s.learningSteps,
      reps: s.reps,
      lapses: s.lapses,
      state: s.state,
      lastReview: s.lastReview,
      version: card.reviews.length,
    });
  }
  const ids = states.map((s) => s.questionId);
  for (const part of chunks(ids)) await tx.cardState.deleteMany({ where: { userId, questionId: { in: part } } });
  for (const part of chunks(states)) await tx.cardState.createMany({ data: part });
  for (const part of chunks(logs, 1000)) await tx.reviewLog.createMany({ data: part });
  return logs.length;
}

import "server-only";
import type { Db } from "@/lib/db-client";
import { OWN_TOPIC_ID } from "@/lib/content/own-cards";
import { ownCardColumns } from "@/lib/decks/card-columns";
import { csvRowsToCards } from "@/lib/decks/csv-cards";
import { CsvError, CSV_COLUMNS, decodeCsv, defaultMapping, detectDelimiter, detectHeader, parseDelimited, type CsvColumn } from "@/lib/decks/csv-parse";
import { AppError } from "@/lib/http/app-error";
import { MAX_DECKS, ownCardSchema } from "@/lib/validation/decks";
import { newId } from "@/lib/server/ids";
import { syncSearchIndex } from "@/lib/server/library/sync-search-index";
import { getOwnedDeck } from "./decks";
import { MAX_CARDS_PER_DECK } from "./own-cards";

const BATCH = 500;

export interface CsvImportOptions {
  userId: string;
  bytes: Uint8Array;
  fileName: string;
  /** Into this existing deck of the learner's, or a new deck of this name. */
  deckId?: string | null;
  deckName?: string | null;
  hasHeader?: boolean;
  mapping?: CsvColumn[];
}

/**
 * Imports a CSV or TSV of cards in one transaction: every row is checked before anything is written, and
 * any bad row, limit or failure leaves the database as it was.
 */
export async function importCsv(db: Db, options: CsvImportOptions): Promise<{ deckId: string; created: number }> {
  const { userId } = options;
  // Another learner's deck is a 404 before the file is even read.
  const existing = options.deckId ? await getOwnedDeck(db, { userId, deckId: options.deckId }) : null;
  let cards;
  try {
    const text = decodeCsv(options.bytes);
    const rows = parseDelimited(text, detectDelimiter(text, options.fileName));
    const hasHeader = options.hasHeader ?? detectHeader(rows[0]);
    const mapping = options.mapping ?? defaultMapping(rows[0], hasHeader);
    if (mapping.some((m) => !CSV_COLUMNS.includes(m))) throw new CsvError("Each column maps to front, back, tags, type or nothing.");
    cards = csvRowsToCards(rows, mapping, { hasHeader }).map(({ row, card }) => {
      const parsed = ownCardSchema.safeParse(card);
      if (!parsed.success) throw new CsvError(`Row ${row}: ${parsed.error.issues[0]?.message ?? "this card is not valid."}`);
      return parsed.data;
    });
  } catch (error) {
    if (error instanceof CsvError) throw new AppError("invalid", error.message);
    throw error;
  }
  if (cards.length > MAX_CARDS_PER_DECK) throw new AppError("invalid", `The file makes ${cards.length.toLocaleString("en")} cards; one import takes at most ${MAX_CARDS_PER_DECK.toLocaleString("en")}.`);

  const name = options.deckName?.trim();
  if (!existing && !name) throw new AppError("invalid", "Choose a deck to import into, or name a new one.");
  if (existing) {
    const live = await db.question.count({ where: { deckId: existing.id, retiredAt: null } });
    if (live + cards.length > MAX_CARDS_PER_DECK) throw new AppError("invalid", `The deck would hold more than ${MAX_CARDS_PER_DECK.toLocaleString("en")} cards.`);
  } else if ((await db.deck.count({ where: { userId, deletedAt: null } })) >= MAX_DECKS) {
    throw new AppError("invalid", `You have ${MAX_DECKS} decks, the most one learner can keep. Delete one to make room.`);
  }

  const ids = cards.map(() => newId());
  const deckId = existing?.id ?? newId();
  await db.$transaction(
    async (tx) => {
      if (!existing) await tx.deck.create({ data: { id: deckId, userId, name: name!.slice(0, 120), source: "csv" } });
      const last = await tx.question.aggregate({ where: { deckId }, _max: { position: true } });
      const start = (last._max.position ?? -1) + 1;
      for (let i = 0; i < cards.length; i += BATCH) {
        await tx.question.createMany({
          data: cards.slice(i, i + BATCH).map((card, j) => ({
            id: ids[i + j]!,
            ownerId: userId,
            deckId,
            topicId: OWN_TOPIC_ID,
            subtopic: deckId,
            source: null,
            position: start + i + j,
            ...ownCardColumns(card),
          })),
        });
      }
      await tx.deck.update({ where: { id: deckId }, data: { updatedAt: new Date() } });
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  await syncSearchIndex(db, ids);
  return { deckId, created: cards.length };
}

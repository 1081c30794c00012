import "server-only";
import type { Db } from "@/lib/db-client";
import { csvRow } from "@/lib/export/csv";
import { getOwnedDeck } from "./decks";

/**
 * One of the learner's decks as CSV (front, back, tags, type), which the CSV import reads back to the same
 * cards. The type column says flashcard for every card: a CSV carries no options or steps, so a choice or
 * ordering card travels as its prompt and answer.
 */
export async function exportDeckCsv(db: Db, { userId, deckId }: { userId: string; deckId: string }) {
  const deck = await getOwnedDeck(db, { userId, deckId });
  const cards = await db.question.findMany({
    where: { deckId: deck.id, ownerId: userId, retiredAt: null },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { prompt: true, answer: true, tags: true },
  });
  const lines = [csvRow(["front", "back", "tags", "type"]), ...cards.map((c) => csvRow([c.prompt, c.answer, (JSON.parse(c.tags) as string[]).join(" "), "flashcard"]))];
  return { name: deck.name, csv: lines.join("") };
}

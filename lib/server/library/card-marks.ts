import "server-only";
import type { Db } from "@/lib/db-client";
import { renderMarkdown } from "@/lib/markdown";
import type { NextCardResult, PracticeCard } from "@/lib/practice/types";
import { getMarks } from "./set-mark";

/** A card with a note and star already read (the practice queue reads them in its own statement). */
export const cardWithMarks = (card: PracticeCard, marks: { note: string | null; flagged: boolean }): PracticeCard => ({
  ...card,
  note: marks.note,
  noteHtml: marks.note ? renderMarkdown(marks.note) : null,
  flagged: marks.flagged,
});

/** A practice card with the learner's own note (rendered safely) and star, shown with the answer. */
export async function withMarksOnCard(db: Db, userId: string, card: PracticeCard): Promise<PracticeCard> {
  const marks = await getMarks(db, { userId, questionId: card.questionId });
  return cardWithMarks(card, marks);
}

export async function withCardMarks(db: Db, userId: string, result: NextCardResult): Promise<NextCardResult> {
  if (result.kind !== "card") return result;
  return { ...result, card: await withMarksOnCard(db, userId, result.card) };
}

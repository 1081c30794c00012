/** One review in the FSRS optimiser's CSV schema. */
export interface RevlogRow {
  cardId: number;
  reviewedAt: Date;
  rating: number;
  /** The card's state before the review: 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs numbering). */
  state: number;
  durationMs: number;
}

export const REVLOG_CSV_HEADER = "card_id,review_time,review_rating,review_state,review_duration";

/** Reviews as the FSRS optimiser reads them: `card_id, review_time (ms), review_rating, review_state, review_duration (ms)`. */
export function toRevlogCsvLines(rows: readonly RevlogRow[]): string[] {
  return rows.map((r) => `${r.cardId},${r.reviewedAt.getTime()},${r.rating},${r.state},${r.durationMs}`);
}

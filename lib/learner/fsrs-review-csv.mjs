// The FSRS optimiser's review CSV (card_id, review_time, review_rating, review_state, review_duration),
// shared by the fit's child process and the review-history export. Plain ESM: the child process loads it
// without the bundler.

export const FSRS_REVIEW_CSV_HEADER = "card_id,review_time,review_rating,review_state,review_duration";

/**
 * Rows of [questionId, reviewed-at ms, rating, state before the review, duration ms], oldest first, as CSV
 * lines without the header. card_id numbers each question from 1 in order of its first review, since the
 * optimiser wants integers.
 */
export function* fsrsReviewCsvLines(rows) {
  const cardIds = new Map();
  for (const [questionId, at, rating, state, ms] of rows) {
    if (!cardIds.has(questionId)) cardIds.set(questionId, cardIds.size + 1);
    yield `${cardIds.get(questionId)},${at},${rating},${state},${ms}`;
  }
}

/** The whole CSV, header first, lines joined by \n (what the optimiser's converter reads). */
export function fsrsReviewCsv(rows) {
  return [FSRS_REVIEW_CSV_HEADER, ...fsrsReviewCsvLines(rows)].join("\n");
}

import "server-only";
import type { Db } from "@/lib/db-client";
import { fsrsReviewCsv, type FsrsReviewRow } from "@/lib/learner/fsrs-review-csv.mjs";

/**
 * The learner's whole review history in the FSRS optimiser's CSV schema (card_id, review_time in ms,
 * review_rating, review_state before the review, review_duration in ms): the same text the fit hands the
 * optimiser, written by the same code.
 */
export async function exportReviewHistory(db: Db, { userId }: { userId: string }): Promise<string> {
  const logs = await db.reviewLog.findMany({
    where: { userId },
    orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    select: { questionId: true, reviewedAt: true, rating: true, prevState: true, durationMs: true },
  });
  const rows: FsrsReviewRow[] = logs.map((l) => [l.questionId, l.reviewedAt.getTime(), l.rating, l.prevState, l.durationMs]);
  return `${fsrsReviewCsv(rows)}\n`;
}

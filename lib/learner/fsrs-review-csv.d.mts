/** [questionId, reviewed-at ms, rating, state before the review, duration ms] */
export type FsrsReviewRow = readonly [string, number, number, number, number];
export declare const FSRS_REVIEW_CSV_HEADER: string;
export declare function fsrsReviewCsvLines(rows: Iterable<FsrsReviewRow>): Generator<string, void, unknown>;
export declare function fsrsReviewCsv(rows: Iterable<FsrsReviewRow>): string;

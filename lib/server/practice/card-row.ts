import "server-only";
import { jsonDate } from "@/lib/db-client";
import type { CardFields } from "@/lib/srs/card";
import type { CardState, ReviewLog } from "@/lib/generated/prisma/client";

export function cardFieldsFromRow(row: CardState): CardFields {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.lastReview,
  };
}

/** A card's scheduling columns for hotTuples, in CardFieldsTuple's order, from the CardState aliased `c`. */
export const CARD_FIELD_COLUMNS = ["due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview"].map((c) => `c."${c}"`);

export type CardFieldsTuple = [string, number, number, number, number, number, number, number, number, string | null];

export function cardFieldsFromTuple([due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview]: CardFieldsTuple): CardFields {
  return { due: jsonDate(due), stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview: lastReview === null ? null : jsonDate(lastReview) };
}

/** The card as it stood before a review: what the review's log keeps, and what undo and regrading restore. */
export function cardFieldsBeforeLog(log: Pick<ReviewLog, "prevDue" | "prevStability" | "prevDifficulty" | "prevElapsedDays" | "prevScheduledDays" | "prevLearningSteps" | "prevReps" | "prevLapses" | "prevState" | "prevLastReview">): CardFields {
  return {
    due: log.prevDue,
    stability: log.prevStability,
    difficulty: log.prevDifficulty,
    elapsedDays: log.prevElapsedDays,
    scheduledDays: log.prevScheduledDays,
    learningSteps: log.prevLearningSteps,
    reps: log.prevReps,
    lapses: log.prevLapses,
    state: log.prevState,
    lastReview: log.prevLastReview,
  };
}

/** A card's fields as a review log's "before" columns. */
export function prevFieldsOf(card: CardFields) {
  return {
    prevDue: card.due,
    prevStability: card.stability,
    prevDifficulty: card.difficulty,
    prevElapsedDays: card.elapsedDays,
    prevScheduledDays: card.scheduledDays,
    prevLearningSteps: card.learningSteps,
    prevReps: card.reps,
    prevLapses: card.lapses,
    prevState: card.state,
    prevLastReview: card.lastReview,
  };
}

/** A CardState row as a raw query returns it: dates may be text (SQLite expressions) and integers bigint. */
export interface RawCardStateRow {
  id: string | null;
  userId: string | null;
  questionId: string | null;
  due: Date | string | null;
  stability: number | null;
  difficulty: number | null;
  elapsedDays: number | bigint | null;
  scheduledDays: number | bigint | null;
  learningSteps: number | bigint | null;
  reps: number | bigint | null;
  lapses: number | bigint | null;
  state: number | bigint | null;
  lastReview: Date | string | null;
  version: number | bigint | null;
  updatedAt: Date | string | null;
}

export const asDate = (value: Date | string | number): Date => (value instanceof Date ? value : new Date(value));
export const asNullableDate = (value: Date | string | number | null): Date | null =>
  value === null ? null : asDate(value);

/** The card a raw row holds, or null when the row came back empty from a LEFT JOIN. */
export function cardStateFromRaw(row: RawCardStateRow): CardState | null {
  if (row.id === null) return null;
  return {
    id: row.id,
    userId: row.userId!,
    questionId: row.questionId!,
    due: asDate(row.due!),
    stability: Number(row.stability),
    difficulty: Number(row.difficulty),
    elapsedDays: Number(row.elapsedDays),
    scheduledDays: Number(row.scheduledDays),
    learningSteps: Number(row.learningSteps),
    reps: Number(row.reps),
    lapses: Number(row.lapses),
    state: Number(row.state),
    lastReview: asNullableDate(row.lastReview),
    version: Number(row.version),
    updatedAt: asDate(row.updatedAt!),
  };
}

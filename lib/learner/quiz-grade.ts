import type { Choice } from "@/lib/content/question";
import { Rating, type GradeValue } from "@/lib/srs/scheduler";

/** A right answer that took more than this many times the learner's typical time counts as Hard. */
export const SLOW_FACTOR = 2;
/** Below this many timed answers of a type there is no typical time to compare with. */
export const MIN_TYPICAL_SAMPLES = 5;

/** The learner's typical answer time: the median of their timed answers, or null with too few of them. */
export function typicalAnswerMs(durations: readonly number[]): number | null {
  const timed = durations.filter((ms) => ms > 0).sort((a, b) => a - b);
  if (timed.length < MIN_TYPICAL_SAMPLES) return null;
  const middle = Math.floor(timed.length / 2);
  return timed.length % 2 === 1 ? timed[middle]! : (timed[middle - 1]! + timed[middle]!) / 2;
}

/** The grade a scored quiz answer feeds to spaced repetition: wrong is Again; right but much slower than usual is Hard. */
export function quizRating({ correct, timeSpentMs, typicalMs }: { correct: boolean; timeSpentMs: number; typicalMs: number | null }): GradeValue {
  if (!correct) return Rating.Again;
  return typicalMs !== null && timeSpentMs > SLOW_FACTOR * typicalMs ? Rating.Hard : Rating.Good;
}

/**
 * For a multi-select that was not wholly right: the share of its options judged right (picked when
 * correct, left when wrong). Null when the answer was right, or the question is not a multi-select.
 */
export function multiSelectPartialCredit(picked: readonly string[], choices: readonly Pick<Choice, "id" | "correct">[]): number | null {
  const chosen = new Set(picked);
  const judgedRight = choices.filter((c) => c.correct === chosen.has(c.id)).length;
  return judgedRight === choices.length ? null : judgedRight / choices.length;
}

/** Seconds per answer at the learner's own pace (15 s until they have timed answers; never under 3 s). */
export function secondsPerAnswer(durations: readonly number[]): number {
  return Math.max(3, (typicalAnswerMs(durations) ?? 15_000) / 1000);
}

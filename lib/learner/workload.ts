import { fsrs, generatorParameters, Rating, State } from "ts-fsrs";
import type { CardFields } from "@/lib/srs/card";

const DAY_MS = 86_400_000;
/** The retentions whose workload Settings compares. */
export const WORKLOAD_RETENTIONS = [0.8, 0.85, 0.9, 0.95] as const;
// A lapse takes its answer and one relearning step. Introducing a new card is not counted as a review.
const REVIEWS_PER_LAPSE = 2;

export interface WorkloadInput {
  /** The learner's cards as they are now. */
  cards: readonly CardFields[];
  /** Never-seen questions still to introduce, and how many a day. */
  unseen: number;
  newPerDay: number;
  weights: readonly number[] | null;
  desiredRetention: number;
  days: number;
  seed: number;
  now: Date;
}

/** A small seeded generator (mulberry32), so the same learner and seed give the same estimate. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The reviews a day the learner's own cards (and the new ones introduced meanwhile, once introduced) would
 * ask for over the next `days` days at a desired retention:
 * each card is simulated with the learner's weights, recalled with the probability FSRS predicts on the day
 * it falls due, and rescheduled by the same model (Good when recalled, Again when not).
 */
export function estimateReviewsPerDay(input: WorkloadInput): number {
  const model = fsrs(generatorParameters({ request_retention: input.desiredRetention, enable_fuzz: false, ...(input.weights ? { w: [...input.weights] } : {}) }));
  const random = seeded(input.seed);
  const start = input.now.getTime();
  let reviews = 0;

  // Each card as (stability, difficulty, next due day, last review day), in days from now.
  const simulated = input.cards
    .filter((c) => c.state !== State.New && c.stability > 0)
    .map((c) => ({
      stability: c.stability,
      difficulty: c.difficulty,
      due: Math.max(0, Math.floor((c.due.getTime() - start) / DAY_MS)),
      last: c.lastReview ? (c.lastReview.getTime() - start) / DAY_MS : 0,
    }));
  let unseen = input.unseen;

  for (let day = 0; day < input.days; day++) {
    for (let n = Math.min(unseen, input.newPerDay); n > 0; n--, unseen--) {
      const first = model.next_state(null, 0, Rating.Good);
      const memory = model.next_state(first, 0, Rating.Good);
      simulated.push({ ...memory, due: day + model.next_interval(memory.stability, 0), last: day });
    }
    for (const card of simulated) {
      if (card.due > day) continue;
      const elapsed = Math.max(0, day - card.last);
      const recall = model.forgetting_curve(elapsed, card.stability);
      const recalled = random() < recall;
      const memory = model.next_state({ stability: card.stability, difficulty: card.difficulty }, elapsed, recalled ? Rating.Good : Rating.Again, recall);
      reviews += recalled ? 1 : REVIEWS_PER_LAPSE;
      card.stability = memory.stability;
      card.difficulty = memory.difficulty;
      card.last = day;
      card.due = day + Math.max(1, model.next_interval(memory.stability, elapsed));
    }
  }
  return reviews / input.days;
}

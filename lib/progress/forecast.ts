import type { CardFields } from "@/lib/srs/card";
import { DEFAULT_SCHEDULER, recallAt, type SchedulerConfig } from "@/lib/srs/scheduler";

export const TARGET_RECALL = 0.9;
// A never-seen card takes about this many reviews (learning steps, then a first real interval) to be reliably recalled.
const REVIEWS_TO_LEARN = 3;
// A card that would drop below target needs a review before the date, and often a second one after a lapse.
const REVIEWS_TO_REFRESH = 1.5;

/** Mean predicted recall on `date` if no more reviews happen; unseen questions count as not recalled. */
export function recallOn(cards: CardFields[], unseen: number, date: Date, config: SchedulerConfig = DEFAULT_SCHEDULER): number {
  const total = cards.length + unseen;
  if (total === 0) return 0;
  const recall = recallAt(date, config);
  return cards.reduce((sum, card) => sum + recall(card), 0) / total;
}

/**
 * A rough number of reviews per day, from now until `date`, that would bring a topic above the
 * target: every card predicted below it on that day needs refreshing, every unseen one learning.
 */
export function reviewsPerDayNeeded(cards: CardFields[], unseen: number, now: Date, date: Date, config: SchedulerConfig = DEFAULT_SCHEDULER): number {
  const days = Math.max(1, Math.ceil((date.getTime() - now.getTime()) / 86_400_000));
  const recall = recallAt(date, config);
  const weak = cards.filter((card) => recall(card) < TARGET_RECALL).length;
  return Math.ceil((weak * REVIEWS_TO_REFRESH + unseen * REVIEWS_TO_LEARN) / days);
}

import { describe, expect, it } from "vitest";
import { State } from "ts-fsrs";
import type { CardFields } from "@/lib/srs/card";
import { estimateReviewsPerDay, WORKLOAD_RETENTIONS } from "./workload";

const NOW = new Date("2026-12-01T08:00:00Z");
const DAY = 86_400_000;

/** A thousand cards in review with stabilities from 1 to 60 days, last reviewed over the past weeks. */
const cards: CardFields[] = Array.from({ length: 1000 }, (_, i) => {
  const stability = 1 + (i % 60);
  const lastReview = new Date(NOW.getTime() - (i % 20) * DAY);
  return {
    due: new Date(lastReview.getTime() + stability * DAY),
    stability,
    difficulty: 3 + (i % 6),
    elapsedDays: 0,
    scheduledDays: Math.round(stability),
    learningSteps: 0,
    reps: 4,
    lapses: i % 3,
    state: State.Review,
    lastReview,
  };
});
const input = { cards, unseen: 200, newPerDay: 10, weights: null, desiredRetention: 0.9, days: 30, seed: 7, now: NOW };

describe("the workload estimate", () => {
  it("is the same for the same learner and seed, and differs for another seed", () => {
    expect(estimateReviewsPerDay(input)).toBe(estimateReviewsPerDay({ ...input }));
    expect(estimateReviewsPerDay({ ...input, seed: 8 })).not.toBe(estimateReviewsPerDay(input));
  });

  it("asks for more reviews a day the higher the desired retention", () => {
    const loads = WORKLOAD_RETENTIONS.map((desiredRetention) => estimateReviewsPerDay({ ...input, desiredRetention }));
    for (let i = 1; i < loads.length; i++) expect(loads[i]!).toBeGreaterThan(loads[i - 1]!);
  });

  it("counts the reviews that newly introduced cards bring, not their introduction", () => {
    const none = estimateReviewsPerDay({ ...input, cards: [], unseen: 0 });
    const some = estimateReviewsPerDay({ ...input, cards: [], unseen: 300, newPerDay: 10 });
    expect(none).toBe(0);
    expect(some).toBeGreaterThan(5);
    expect(some).toBeLessThan(40);
  });
});

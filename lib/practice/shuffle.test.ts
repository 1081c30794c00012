import { describe, expect, it } from "vitest";
import { isChoiceAnswerCorrect, isOrderCorrect } from "./check-answer";
import { practiceShowingSeed, seededShuffle, shuffleOutOfOrder } from "./shuffle";

const choices = ["a", "b", "c", "d"].map((id) => ({ id, correct: id === "b" || id === "d" }));
const steps = ["1", "2", "3", "4", "5"].map((id) => ({ id }));
const ids = (items: { id: string }[]) => items.map((i) => i.id).join("");
const reviewedAt = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 9, minutes));

describe("a fresh order at each showing", () => {
  it("keeps one showing's order across reloads", () => {
    const state = { reps: 3, lastReview: reviewedAt(5) };
    const first = seededShuffle(choices, practiceShowingSeed("user-1", "q-1", state));
    const reload = seededShuffle(choices, practiceShowingSeed("user-1", "q-1", { ...state }));
    expect(ids(reload)).toBe(ids(first));
    expect(practiceShowingSeed("user-1", "q-1", null)).toBe(practiceShowingSeed("user-1", "q-1", null));
  });

  it("almost always shows the next review of a card in another order", () => {
    let differ = 0;
    const trials = 600;
    for (let i = 0; i < trials; i++) {
      const questionId = `question-${i}`;
      const before = practiceShowingSeed("user-1", questionId, { reps: 1, lastReview: reviewedAt(0) });
      const after = practiceShowingSeed("user-1", questionId, { reps: 2, lastReview: reviewedAt(10) });
      if (ids(seededShuffle(choices, before)) !== ids(seededShuffle(choices, after))) differ += 1;
    }
    // Two independent orders of four options match by chance 1 time in 24.
    expect(differ / trials).toBeGreaterThan(0.9);
  });

  it("gives a new card a first order of its own and a different one once reviewed", () => {
    const orders = new Set<string>();
    for (let reps = 0; reps < 12; reps++) {
      const state = reps === 0 ? null : { reps, lastReview: reviewedAt(reps) };
      orders.add(ids(seededShuffle(choices, practiceShowingSeed("user-1", "q-1", state))));
    }
    expect(orders.size).toBeGreaterThan(6);
  });
});

describe("answer checking under every shuffle", () => {
  it("scores picks by id whatever order the options were shown in", () => {
    for (let i = 0; i < 300; i++) {
      const shown = seededShuffle(choices, `seed-${i}`);
      const pickedRight = shown.filter((c) => c.correct).map((c) => c.id);
      const pickedWrong = shown.slice(0, 2).map((c) => c.id);
      expect(isChoiceAnswerCorrect(pickedRight, choices)).toBe(true);
      expect(isChoiceAnswerCorrect(pickedWrong, choices)).toBe(ids(shown.slice(0, 2)).split("").sort().join("") === "bd");
    }
  });

  it("never shows the steps in the answer order, and scores the authored order right", () => {
    for (let i = 0; i < 300; i++) {
      const shown = shuffleOutOfOrder(steps, `seed-${i}`);
      expect(ids(shown)).not.toBe("12345");
      expect(isOrderCorrect(shown.map((s) => s.id), steps.map((s) => s.id))).toBe(false);
      expect(isOrderCorrect([...shown].sort((a, b) => a.id.localeCompare(b.id)).map((s) => s.id), steps.map((s) => s.id))).toBe(true);
    }
  });
});

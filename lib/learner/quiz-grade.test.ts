import { describe, expect, it } from "vitest";
import { Rating } from "@/lib/srs/scheduler";
import { wrongPicks } from "./given-answer";
import { multiSelectPartialCredit, quizRating, typicalAnswerMs } from "./quiz-grade";

describe("quiz answers feeding spaced repetition", () => {
  it("has no typical time below five timed answers, and uses the median above", () => {
    expect(typicalAnswerMs([4000, 5000, 6000, 0, 0])).toBeNull();
    expect(typicalAnswerMs([9000, 3000, 5000, 4000, 6000])).toBe(5000);
    expect(typicalAnswerMs([1000, 2000, 3000, 4000, 5000, 100_000])).toBe(3500);
  });

  it("counts a right answer much slower than usual as Hard, and a usual one as Good", () => {
    expect(quizRating({ correct: true, timeSpentMs: 12_000, typicalMs: 5000 })).toBe(Rating.Hard);
    expect(quizRating({ correct: true, timeSpentMs: 9000, typicalMs: 5000 })).toBe(Rating.Good);
    expect(quizRating({ correct: true, timeSpentMs: 60_000, typicalMs: null })).toBe(Rating.Good);
    expect(quizRating({ correct: false, timeSpentMs: 1000, typicalMs: 5000 })).toBe(Rating.Again);
  });

  it("gives a half-right multi-select its share of options judged right, and a right one none", () => {
    const choices = [
      { id: "a", correct: true },
      { id: "b", correct: true },
      { id: "c", correct: false },
      { id: "d", correct: false },
    ];
    expect(multiSelectPartialCredit(["a"], choices)).toBe(0.75);
    expect(multiSelectPartialCredit(["a", "c"], choices)).toBe(0.5);
    expect(multiSelectPartialCredit(["c", "d"], choices)).toBe(0);
    expect(multiSelectPartialCredit(["a", "b"], choices)).toBeNull();
  });

  it("finds the wrong options among a learner's picks", () => {
    const choices = [
      { id: "a", correct: true },
      { id: "b", correct: false },
      { id: "c", correct: false },
    ];
    expect(wrongPicks({ choiceIds: ["a", "c"] }, choices)).toEqual(["c"]);
    expect(wrongPicks({ order: ["1", "2"] }, choices)).toEqual([]);
    expect(wrongPicks(null, choices)).toEqual([]);
  });
});

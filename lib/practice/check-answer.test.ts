import { describe, expect, it } from "vitest";
import { isChoiceAnswerCorrect, isOrderCorrect, orderPositionsCorrect } from "./check-answer";

const choices = [
  { id: "a", correct: true },
  { id: "b", correct: false },
  { id: "c", correct: true },
];

describe("choice answers", () => {
  it("is right only with exactly the correct set", () => {
    expect(isChoiceAnswerCorrect(["a", "c"], choices)).toBe(true);
    expect(isChoiceAnswerCorrect(["c", "a"], choices)).toBe(true);
    expect(isChoiceAnswerCorrect(["a"], choices)).toBe(false);
    expect(isChoiceAnswerCorrect(["a", "b", "c"], choices)).toBe(false);
    expect(isChoiceAnswerCorrect([], choices)).toBe(false);
  });

  it("refuses repeated or unknown ids", () => {
    expect(isChoiceAnswerCorrect(["a", "a", "c"], choices)).toBe(false);
    expect(isChoiceAnswerCorrect(["a", "c", "z"], choices)).toBe(false);
  });
});

describe("ordering answers", () => {
  it("marks each position", () => {
    expect(orderPositionsCorrect(["1", "3", "2", "4"], ["1", "2", "3", "4"])).toEqual([true, false, false, true]);
  });

  it("is right only when complete and exact", () => {
    expect(isOrderCorrect(["1", "2", "3"], ["1", "2", "3"])).toBe(true);
    expect(isOrderCorrect(["1", "2"], ["1", "2", "3"])).toBe(false);
    expect(isOrderCorrect(["2", "1", "3"], ["1", "2", "3"])).toBe(false);
  });
});

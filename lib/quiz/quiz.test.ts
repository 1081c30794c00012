import { describe, expect, it } from "vitest";
import { acceptsAnswerAt, deadlineFor, hasExpired } from "./deadline";
import { drawQuestions, topicQuotas, type DrawCandidate } from "./draw";
import { answerProblem, orderPositions, scoreAnswer, type ScorableQuestion } from "./score";

const single: ScorableQuestion = {
  type: "single",
  choices: [
    { id: "a", correct: false },
    { id: "b", correct: true },
    { id: "c", correct: false },
  ],
  steps: null,
};
const code: ScorableQuestion = { ...single, type: "code" };
const multi: ScorableQuestion = {
  type: "multi",
  choices: [
    { id: "a", correct: true },
    { id: "b", correct: false },
    { id: "c", correct: true },
    { id: "d", correct: false },
  ],
  steps: null,
};
const order: ScorableQuestion = { type: "order", choices: null, steps: [{ id: "1" }, { id: "2" }, { id: "3" }, { id: "4" }] };
const flashcard: ScorableQuestion = { type: "flashcard", choices: null, steps: null };

describe("scoring", () => {
  it("single choice and code reading: the one correct option", () => {
    for (const q of [single, code]) {
      expect(scoreAnswer(q, { choiceIds: ["b"] })).toBe(true);
      expect(scoreAnswer(q, { choiceIds: ["a"] })).toBe(false);
      expect(scoreAnswer(q, null)).toBe(false);
    }
  });

  it("multiple select is all-or-nothing", () => {
    expect(scoreAnswer(multi, { choiceIds: ["c", "a"] })).toBe(true);
    expect(scoreAnswer(multi, { choiceIds: ["a"] })).toBe(false);
    expect(scoreAnswer(multi, { choiceIds: ["a", "b", "c"] })).toBe(false);
    expect(scoreAnswer(multi, { choiceIds: [] })).toBe(false);
  });

  it("ordering must be exact, and shows which positions were right", () => {
    expect(scoreAnswer(order, { order: ["1", "2", "3", "4"] })).toBe(true);
    expect(scoreAnswer(order, { order: ["1", "3", "2", "4"] })).toBe(false);
    expect(scoreAnswer(order, { order: ["1", "2", "3"] })).toBe(false);
    expect(orderPositions(order, { order: ["1", "3", "2", "4"] })).toEqual([true, false, false, true]);
    expect(orderPositions(order, null)).toEqual([false, false, false, false]);
  });

  it("free recall is left to the learner", () => {
    expect(scoreAnswer(flashcard, { text: "anything" })).toBeNull();
    expect(scoreAnswer(flashcard, null)).toBeNull();
  });

  it("an answer of the wrong shape scores as wrong", () => {
    expect(scoreAnswer(single, { order: ["b"] })).toBe(false);
    expect(scoreAnswer(order, { choiceIds: ["1"] })).toBe(false);
  });
});

describe("answer validation", () => {
  it("refuses options that do not belong to the question", () => {
    expect(answerProblem(single, { choiceIds: ["z"] })).toMatch(/does not belong/);
    expect(answerProblem(single, { choiceIds: ["a", "b"] })).toMatch(/only one/);
    expect(answerProblem(multi, { choiceIds: ["a", "a"] })).toMatch(/twice/);
    expect(answerProblem(multi, { choiceIds: ["a", "c"] })).toBeNull();
  });

  it("refuses orderings that repeat or invent a step, and accepts partial ones being built", () => {
    expect(answerProblem(order, { order: ["1", "1", "2", "3"] })).toMatch(/repeats a step/);
    expect(answerProblem(order, { order: ["1", "2", "3", "9"] })).toMatch(/repeats a step/);
    expect(answerProblem(order, { order: ["2", "1"] })).toBeNull();
    expect(answerProblem(order, { order: ["4", "3", "2", "1"] })).toBeNull();
  });

  it("refuses an answer of the wrong shape", () => {
    expect(answerProblem(order, { choiceIds: ["a"] })).toMatch(/ordering/);
    expect(answerProblem(flashcard, { choiceIds: ["a"] })).toMatch(/written/);
    expect(answerProblem(single, { text: "b" })).toMatch(/choice/);
  });
});

describe("the deadline, with an injected clock", () => {
  const started = new Date("2026-05-01T10:00:00Z");
  const deadline = deadlineFor(started, 600);

  it("ends the time limit after the start", () => {
    expect(deadline.toISOString()).toBe("2026-05-01T10:10:00.000Z");
  });

  it("accepts answers until the deadline plus a few seconds of grace, and no later", () => {
    expect(acceptsAnswerAt(deadline, new Date("2026-05-01T10:09:59Z"))).toBe(true);
    expect(acceptsAnswerAt(deadline, new Date("2026-05-01T10:10:04Z"))).toBe(true);
    expect(acceptsAnswerAt(deadline, new Date("2026-05-01T10:10:06Z"))).toBe(false);
    expect(hasExpired(deadline, new Date("2026-05-01T10:10:06Z"))).toBe(true);
    expect(acceptsAnswerAt(deadline, new Date("2026-05-01T10:10:02Z"), 0)).toBe(false);
  });
});

/** A seeded generator, so draws are reproducible. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

const now = new Date("2026-05-01T10:00:00Z");
const pool = (topic: string, n: number, reviewedDaysAgo: number | null = null): DrawCandidate[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${topic}-${i}`,
    topicId: topic,
    lastReviewedAt: reviewedDaysAgo === null ? null : new Date(now.getTime() - reviewedDaysAgo * 86_400_000),
  }));

describe("drawing questions", () => {
  it("balances across topics with no duplicates", () => {
    for (let seed = 1; seed < 30; seed++) {
      const drawn = drawQuestions([...pool("apis", 20), ...pool("dsa", 20), ...pool("http", 20)], 10, now, seeded(seed));
      expect(drawn).toHaveLength(10);
      expect(new Set(drawn).size).toBe(10);
      const perTopic = ["apis", "dsa", "http"].map((t) => drawn.filter((id) => id.startsWith(t)).length);
      expect(Math.max(...perTopic) - Math.min(...perTopic)).toBeLessThanOrEqual(1);
    }
  });

  it("gives a short topic all it has and fills up from the others", () => {
    const quotas = topicQuotas(new Map([["apis", 2], ["dsa", 20], ["http", 20]]), 12, seeded(3));
    expect(quotas.get("apis")).toBe(2);
    expect(quotas.get("dsa")! + quotas.get("http")!).toBe(10);
    expect(Math.abs(quotas.get("dsa")! - quotas.get("http")!)).toBeLessThanOrEqual(1);
  });

  it("prefers questions not reviewed recently", () => {
    const candidates = [...pool("apis", 5, 1).map((c) => ({ ...c, id: `recent-${c.id}` })), ...pool("apis", 5, 30)];
    const drawn = drawQuestions(candidates, 5, now, seeded(7));
    expect(drawn.every((id) => !id.startsWith("recent-"))).toBe(true);
  });

  it("never draws more than the pool holds", () => {
    expect(drawQuestions(pool("apis", 3), 10, now, seeded(1))).toHaveLength(3);
  });
});

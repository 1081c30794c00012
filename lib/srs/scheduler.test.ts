import { createEmptyCard, fsrs, generatorParameters, Rating, type Card } from "ts-fsrs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromFsrsCard, newCardFields, toFsrsCard } from "./card";
import { formatInterval } from "./format-interval";
import { elapsedToStabilityBelowRecall, intervalLabels, isGrade, nextCard, recallAt, retrievability, SCHEDULER_PARAMETERS, type GradeValue } from "./scheduler";

const start = new Date("2026-03-01T09:00:00Z");
const grades: GradeValue[] = [Rating.Good, Rating.Good, Rating.Again, Rating.Hard, Rating.Good, Rating.Easy, Rating.Good];
// Reviews spaced by the interval each grade scheduled, plus a few hours: a learner who comes back late.
const lateBy = 3 * 60 * 60 * 1000;

describe("scheduler glue", () => {
  it("uses FSRS-6 with desired retention 0.9 and fuzz on", () => {
    expect(SCHEDULER_PARAMETERS.request_retention).toBe(0.9);
    expect(SCHEDULER_PARAMETERS.enable_fuzz).toBe(true);
    expect(SCHEDULER_PARAMETERS.w).toHaveLength(21);
  });

  it("produces the same states as calling ts-fsrs directly over a sequence of grades", () => {
    const direct = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: true }));
    let theirs: Card = createEmptyCard(start);
    let ours = newCardFields(start);
    let now = start;
    for (const grade of grades) {
      theirs = direct.next(theirs, now, grade).card;
      ours = nextCard(ours, grade, now);
      expect(ours).toEqual(fromFsrsCard(theirs));
      now = new Date(ours.due.getTime() + lateBy);
    }
    expect(ours.reps).toBe(grades.length);
    expect(ours.lapses).toBe(1);
  });

  it("round-trips a card through our field names without loss", () => {
    const card = nextCard(nextCard(newCardFields(start), Rating.Good, start), Rating.Good, new Date("2026-03-01T09:10:00Z"));
    expect(fromFsrsCard(toFsrsCard(card))).toEqual(card);
  });

  it("restores a card exactly when given back its earlier fields (the basis of undo)", () => {
    const before = nextCard(newCardFields(start), Rating.Good, start);
    const snapshot = structuredClone(before);
    nextCard(before, Rating.Again, new Date("2026-03-02T09:00:00Z"));
    expect(before).toEqual(snapshot);
  });

  it("labels each grade with the interval it leads to, longer for better grades", () => {
    const labels = intervalLabels(newCardFields(start), start);
    expect(labels[Rating.Again]).toBe("1m");
    expect(labels[Rating.Good]).toBe("10m");
    expect(labels[Rating.Easy]).toMatch(/^\d+d$/);
    const reviewed = nextCard(nextCard(newCardFields(start), Rating.Good, start), Rating.Good, new Date(start.getTime() + 10 * 60_000));
    const later = new Date(reviewed.due.getTime());
    const days = Object.values(intervalLabels(reviewed, later));
    expect(days.at(-1)).toMatch(/d|mo|y$/);
  });

  it("predicts lower recall the longer a card goes unreviewed", () => {
    const card = nextCard(newCardFields(start), Rating.Easy, start);
    const soon = retrievability(card, new Date(start.getTime() + 86_400_000));
    const late = retrievability(card, new Date(start.getTime() + 60 * 86_400_000));
    expect(soon).toBeGreaterThan(late);
    expect(retrievability(newCardFields(start), start)).toBe(0);
  });

  it("finds the elapsed-to-stability ratio where recall crosses a threshold, for default and fitted weights", () => {
    const fitted = { weights: [...SCHEDULER_PARAMETERS.w.slice(0, 20), 0.35], desiredRetention: 0.9 };
    for (const config of [undefined, fitted]) {
      for (const threshold of [0.5, 0.8, 0.9, 0.95]) {
        const ratio = elapsedToStabilityBelowRecall(threshold, config);
        for (const stability of [0.7, 3, 12.5, 80]) {
          const card = { ...newCardFields(start), state: 2, reps: 3, stability, lastReview: start };
          const recallAfter = (days: number) => retrievability(card, new Date(start.getTime() + days * 86_400_000), config);
          const boundary = ratio * stability;
          // Whole days past the boundary are below the threshold (on it, recall equals it; ts-fsrs rounds to 8 places).
          expect(recallAfter(Math.floor(boundary * (1 + 1e-6)) + 1)).toBeLessThan(threshold);
          if (Math.floor(boundary) >= 1 && boundary - Math.floor(boundary) > 1e-6) expect(recallAfter(Math.floor(boundary))).toBeGreaterThanOrEqual(threshold);
        }
      }
    }
    expect(elapsedToStabilityBelowRecall(0.9)).toBeCloseTo(1, 6);
  });

  it("recallAt gives exactly what ts-fsrs's retrievability gives, for any card, instant and weights", () => {
    const fitted = { weights: [...SCHEDULER_PARAMETERS.w.slice(0, 20), 0.35], desiredRetention: 0.85 };
    const card = fc.record({
      stability: fc.double({ min: 0.001, max: 36500, noNaN: true }),
      reps: fc.integer({ min: 0, max: 50 }),
      state: fc.integer({ min: 0, max: 3 }),
      reviewedMsAgo: fc.integer({ min: -86_400_000, max: 3_000 * 86_400_000 }),
    });
    fc.assert(
      fc.property(card, fc.boolean(), ({ stability, reps, state, reviewedMsAgo }, useFitted) => {
        const config = useFitted ? fitted : undefined;
        const fields = { ...newCardFields(start), stability, reps, state, lastReview: new Date(start.getTime() - reviewedMsAgo) };
        expect(recallAt(start, config)(fields)).toBe(retrievability(fields, start, config));
      }),
      { numRuns: 2000 },
    );
  });

  it("accepts only the four grades", () => {
    expect([1, 2, 3, 4].every(isGrade)).toBe(true);
    expect([0, 5, 2.5, "3", null].some(isGrade)).toBe(false);
  });
});

describe("formatInterval", () => {
  it.each([
    [30_000, "<1m"],
    [60_000, "1m"],
    [10 * 60_000, "10m"],
    [3 * 3_600_000, "3h"],
    [4 * 86_400_000, "4d"],
    [75 * 86_400_000, "2.5mo"],
    [400 * 86_400_000, "1.1y"],
  ])("%d ms is %s", (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});

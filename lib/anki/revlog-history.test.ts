import { createEmptyCard, fsrs, generatorParameters } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { fromFsrsCard } from "@/lib/srs/card";
import type { AnkiRevlogEntry } from "./collection";
import { historyFromRevlog, revlogByCard } from "./revlog-history";

const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 5, 9, 0, 0);
const entry = (dayOffset: number, ease: number, type = 1, cardId = "c1"): AnkiRevlogEntry => ({
  id: start + dayOffset * DAY,
  cardId,
  ease,
  interval: 1,
  lastInterval: 0,
  factor: 2500,
  timeMs: 7000 + dayOffset,
  type,
});

describe("historyFromRevlog", () => {
  it("gives the FSRS state ts-fsrs reaches replaying the same grades directly", () => {
    const revlog = [
      entry(0, 3, 0),
      entry(0.01, 3, 0),
      entry(3, 3),
      entry(9, 1),
      entry(9.01, 3, 2),
      entry(12, 4),
      entry(40, 2),
    ];
    const { reviews, state } = historyFromRevlog([...revlog].reverse());

    const scheduler = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: true }));
    let card = createEmptyCard(new Date(revlog[0]!.id));
    for (const row of revlog) card = scheduler.next(card, new Date(row.id), row.ease).card;

    expect(state).toEqual(fromFsrsCard(card));
    expect(state!.reps).toBe(7);
    expect(state!.lapses).toBe(1);
    expect(reviews.map((r) => r.rating)).toEqual([3, 3, 3, 1, 3, 4, 2]);
    expect(reviews[0]!.existed).toBe(false);
    expect(reviews[1]!.before).toEqual(reviews[0]!.after);
    expect(reviews.at(-1)!.after).toEqual(state);
    expect(reviews[2]!.durationMs).toBe(7003);
  });

  it("skips manual reschedules and rows without a grade", () => {
    const graded = [entry(0, 3, 0), entry(5, 3)];
    const noisy = [graded[0]!, entry(2, 0, 4), entry(3, 0, 1), graded[1]!, entry(6, 3, 4)];
    expect(historyFromRevlog(noisy)).toEqual(historyFromRevlog(graded));
    expect(historyFromRevlog(noisy).reviews).toHaveLength(2);
  });

  it("leaves a card without grades new", () => {
    expect(historyFromRevlog([entry(1, 0, 4)])).toEqual({ reviews: [], state: null });
  });

  it("groups rows per card in time order", () => {
    const grouped = revlogByCard([entry(5, 3, 1, "b"), entry(1, 3, 1, "a"), entry(0, 2, 1, "b")]);
    expect([...grouped.keys()]).toEqual(["b", "a"]);
    expect(grouped.get("b")!.map((e) => e.ease)).toEqual([2, 3]);
  });
});

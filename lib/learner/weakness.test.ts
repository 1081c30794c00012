import { describe, expect, it } from "vitest";
import { drillOrder, isWeak, rankWeakest, weaknessScore, weakestTopicId, type CardEvidence } from "./weakness";

const NOW = new Date("2026-12-01T18:00:00Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);
const daysAgo = (d: number) => hoursAgo(24 * d);
const card = (questionId: string, recall: number, extra: Partial<CardEvidence> = {}): CardEvidence => ({
  questionId,
  topicId: "security",
  recall,
  lapses: 0,
  failures: [],
  ...extra,
});

describe("the weakness score", () => {
  it("ranks a card failed an hour ago above one at 70% recall", () => {
    const failed = card("failed", 0.95, { failures: [hoursAgo(1)] });
    const low = card("low", 0.7);
    expect(weaknessScore(failed, NOW)).toBeGreaterThan(weaknessScore(low, NOW));
    expect(rankWeakest([low, failed], NOW).map((c) => c.questionId)).toEqual(["failed", "low"]);
  });

  it("never lists a card at 100% recall, nor one at 90% or more with no failure in 14 days", () => {
    expect(weaknessScore(card("sure", 1), NOW)).toBe(0);
    expect(weaknessScore(card("old-failure", 0.93, { failures: [daysAgo(15)], lapses: 4 }), NOW)).toBe(0);
    expect(rankWeakest([card("sure", 1), card("fine", 0.9)], NOW)).toEqual([]);
  });

  it("keeps a card weak after a failure in the last 14 days even at high recall", () => {
    expect(isWeak(card("recent", 0.97, { failures: [daysAgo(10)] }), NOW)).toBe(true);
  });

  it("lets failures fade over days", () => {
    const yesterday = weaknessScore(card("a", 0.8, { failures: [daysAgo(1)] }), NOW);
    const lastWeek = weaknessScore(card("a", 0.8, { failures: [daysAgo(6)] }), NOW);
    const ignored = weaknessScore(card("a", 0.8, { failures: [daysAgo(40)] }), NOW);
    expect(yesterday).toBeGreaterThan(lastWeek);
    expect(lastWeek).toBeGreaterThan(ignored);
    expect(ignored).toBeCloseTo(weaknessScore(card("a", 0.8), NOW));
  });

  it("puts lower recall first, then more lapses", () => {
    const ranked = rankWeakest([card("b", 0.6, { lapses: 1 }), card("c", 0.6, { lapses: 4 }), card("a", 0.4)], NOW);
    expect(ranked.map((c) => c.questionId)).toEqual(["a", "c", "b"]);
  });

  it("counts recall under 85% as weak and 85% or more as not", () => {
    expect(isWeak(card("x", 0.84), NOW)).toBe(true);
    expect(isWeak(card("x", 0.86), NOW)).toBe(false);
  });
});

describe("the drill order", () => {
  it("serves failures of the last 7 days, most recent first, then cards under 85% recall, lowest first", () => {
    const order = drillOrder(
      [
        card("low-70", 0.7),
        card("failed-3d", 0.95, { failures: [daysAgo(3)] }),
        card("fine-88", 0.88),
        card("low-50", 0.5),
        card("failed-1h", 0.99, { failures: [daysAgo(5), hoursAgo(1)] }),
        card("failed-9d", 0.95, { failures: [daysAgo(9)] }),
        card("sure", 1),
      ],
      NOW,
    );
    expect(order).toEqual(["failed-1h", "failed-3d", "low-50", "low-70"]);
  });
});

describe("the weakest topic", () => {
  const many = (topicId: string, n: number, recall: number, failures: Date[] = []) =>
    Array.from({ length: n }, (_, i) => card(`${topicId}-${i}`, recall, { topicId, failures }));

  it("is none for a learner who has answered nothing", () => {
    expect(weakestTopicId([{ id: "apis", answered: 0 }, { id: "security", answered: 0 }], [], NOW)).toBeNull();
  });

  it("never names a topic answered fewer than 10 times, however badly", () => {
    const cards = [...many("security", 9, 0.2, [hoursAgo(1)]), ...many("apis", 12, 0.8)];
    const topics = [{ id: "security", answered: 9 }, { id: "apis", answered: 12 }];
    expect(weakestTopicId(topics, cards, NOW)).toBe("apis");
  });

  it("names the started topic with the weakest cards on average", () => {
    const cards = [...many("security", 10, 0.95, [hoursAgo(2)]), ...many("apis", 12, 0.8), ...many("http", 10, 0.99)];
    const topics = [{ id: "security", answered: 10 }, { id: "apis", answered: 12 }, { id: "http", answered: 10 }];
    expect(weakestTopicId(topics, cards, NOW)).toBe("security");
  });

  it("is none when nothing in the started topics is weak", () => {
    expect(weakestTopicId([{ id: "http", answered: 10 }], many("http", 10, 0.99), NOW)).toBeNull();
  });
});

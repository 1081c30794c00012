import { describe, expect, it } from "vitest";
import { newCardFields } from "@/lib/srs/card";
import { nextCard, Rating, retrievability, SCHEDULER_PARAMETERS } from "@/lib/srs/scheduler";
import { addDays, countsByLocalDay, dayKeyOf, dayNumber, daysBetween, localDayKey } from "./days";
import { recallOn, reviewsPerDayNeeded } from "./forecast";
import { computeMastery } from "./mastery";
import { computeStreaks } from "./streak";

describe("local days", () => {
  it("put an instant on the user's own calendar day", () => {
    const lateEvening = new Date("2026-06-10T03:30:00Z");
    expect(localDayKey(lateEvening, "UTC")).toBe("2026-06-10");
    expect(localDayKey(lateEvening, "America/Los_Angeles")).toBe("2026-06-09");
    expect(localDayKey(lateEvening, "Asia/Kolkata")).toBe("2026-06-10");
  });

  it("split at local midnight, not UTC midnight", () => {
    // Midnight in Berlin (UTC+2 in summer) is 22:00 UTC the day before.
    expect(localDayKey(new Date("2026-07-01T21:59:59Z"), "Europe/Berlin")).toBe("2026-07-01");
    expect(localDayKey(new Date("2026-07-01T22:00:00Z"), "Europe/Berlin")).toBe("2026-07-02");
  });

  it("do calendar arithmetic across a daylight-saving change", () => {
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30");
    // Across month ends, leap days and years, both ways.
    for (let days = -800; days <= 800; days += 7)
      expect(addDays("2028-02-27", days)).toBe(new Date(Date.UTC(2028, 1, 27) + days * 86_400_000).toISOString().slice(0, 10));
    expect(daysBetween("2026-03-27", "2026-03-31")).toBe(4);
    // The integer arithmetic agrees with Date on every day of four centuries, 1900 and 2000 among them.
    const disagreements: string[] = [];
    for (let day = dayNumber("1899-12-01"); day <= dayNumber("2300-03-01"); day++) {
      const key = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (dayKeyOf(day) !== key || dayNumber(key) !== day) disagreements.push(key);
    }
    expect(disagreements).toEqual([]);
    expect(dayNumber("1970-01-01")).toBe(0);
    // The 23-hour day in Paris is still one day.
    expect(localDayKey(new Date("2026-03-28T23:30:00Z"), "Europe/Paris")).toBe("2026-03-29");
    expect(localDayKey(new Date("2026-03-29T21:59:00Z"), "Europe/Paris")).toBe("2026-03-29");
    expect(localDayKey(new Date("2026-03-29T22:00:00Z"), "Europe/Paris")).toBe("2026-03-30");
  });
});

describe("counts by local day", () => {
  it("places every UTC quarter-hour of a year on the day the zone's own clock shows, across offset changes", () => {
    // Midnight transitions (Santiago), half-hour daylight saving (Lord Howe), +5:45 (Kathmandu), -3:30 (St John's),
    // and the farthest offsets from UTC (+14 Kiritimati, -11 Pago Pago).
    const zones = ["UTC", "Europe/Berlin", "America/Santiago", "Australia/Lord_Howe", "Asia/Kathmandu", "America/St_Johns", "Pacific/Chatham", "Pacific/Kiritimati", "Pacific/Pago_Pago"];
    const start = Date.UTC(2026, 0, 1);
    const buckets = Array.from({ length: 365 * 96 }, (_, i) => ({ bucket: new Date(start + i * 15 * 60_000).toISOString().slice(0, 16), n: 1 + (i % 3) }));
    for (const zone of zones) {
      const expected = new Map<string, number>();
      for (const { bucket, n } of buckets) {
        const day = localDayKey(new Date(`${bucket}:00Z`), zone);
        expected.set(day, (expected.get(day) ?? 0) + n);
      }
      expect(countsByLocalDay(buckets, zone), zone).toEqual(expected);
      // Again, with each day's offset now remembered from the first call.
      expect(countsByLocalDay(buckets, zone), zone).toEqual(expected);
    }
  });
});

describe("streaks", () => {
  const days = ["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-07", "2026-01-08"];

  it("count the current run ending today and the longest run ever", () => {
    expect(computeStreaks(days, "2026-01-08")).toEqual({ current: 2, longest: 3 });
  });

  it("keep the current streak alive until today is over", () => {
    expect(computeStreaks(days, "2026-01-09")).toEqual({ current: 2, longest: 3 });
    expect(computeStreaks(days, "2026-01-10")).toEqual({ current: 0, longest: 3 });
  });

  it("are zero without reviews", () => {
    expect(computeStreaks([], "2026-01-10")).toEqual({ current: 0, longest: 0 });
  });

  it("follow the user's zone: a review at 23:30 local time counts for that local day", () => {
    const tz = "America/New_York";
    const reviews = [new Date("2026-02-02T04:30:00Z"), new Date("2026-02-03T04:30:00Z")].map((d) => localDayKey(d, tz));
    expect(reviews).toEqual(["2026-02-01", "2026-02-02"]);
    expect(computeStreaks(reviews, localDayKey(new Date("2026-02-03T05:10:00Z"), tz))).toEqual({ current: 2, longest: 2 });
  });

  it("run through a daylight-saving change", () => {
    const tz = "Europe/London";
    const around = ["2026-03-28T12:00:00Z", "2026-03-29T12:00:00Z", "2026-03-30T12:00:00Z"].map((iso) => localDayKey(new Date(iso), tz));
    expect(computeStreaks(around, "2026-03-30")).toEqual({ current: 3, longest: 3 });
  });
});

describe("mastery", () => {
  it("multiplies coverage by the blend of recall, quiz accuracy and freedom from lapses", () => {
    const m = computeMastery({ total: 10, seen: 5, meanRecall: 0.8, recentLapses: 1, quizCorrect: 3, quizTotal: 4 });
    expect(m.parts).toEqual({ coverage: 0.5, recall: 0.8, lapseFree: 0.8, quizAccuracy: 0.75 });
    expect(m.score).toBe(Math.round(100 * 0.5 * (0.6 * 0.8 + 0.25 * 0.75 + 0.15 * 0.8)));
  });

  it("uses recall in place of quiz accuracy when there were no quizzes", () => {
    const m = computeMastery({ total: 4, seen: 4, meanRecall: 0.9, recentLapses: 0, quizCorrect: 0, quizTotal: 0 });
    expect(m.parts.quizAccuracy).toBeNull();
    expect(m.score).toBe(Math.round(100 * (0.6 * 0.9 + 0.25 * 0.9 + 0.15)));
  });

  it("is zero for an untouched topic and never above 100", () => {
    expect(computeMastery({ total: 60, seen: 0, meanRecall: 0, recentLapses: 0, quizCorrect: 0, quizTotal: 0 }).score).toBe(0);
    expect(computeMastery({ total: 3, seen: 3, meanRecall: 1, recentLapses: 0, quizCorrect: 9, quizTotal: 9 }).score).toBe(100);
  });
});

describe("forecast", () => {
  const now = new Date("2026-04-01T09:00:00Z");
  const learned = nextCard(nextCard(newCardFields(now), Rating.Good, now), Rating.Good, new Date(now.getTime() + 10 * 60_000));

  it("predicts lower recall the further away the interview is, with unseen questions at zero", () => {
    const inAWeek = recallOn([learned], 0, new Date("2026-04-08T09:00:00Z"));
    const inTwoMonths = recallOn([learned], 0, new Date("2026-06-01T09:00:00Z"));
    expect(inAWeek).toBeGreaterThan(inTwoMonths);
    expect(recallOn([learned], 1, new Date("2026-04-08T09:00:00Z"))).toBeCloseTo(inAWeek / 2, 5);
  });

  it("forecasts with the learner's own weights and retention, not FSRS's defaults", () => {
    // A fitted decay (w[20]) far from the default changes how fast recall falls.
    const fitted = { weights: [...SCHEDULER_PARAMETERS.w.slice(0, 20), 0.8], desiredRetention: 0.85 };
    const interview = new Date("2026-05-01T09:00:00Z");
    const mine = recallOn([learned], 0, interview, fitted);
    expect(mine).toBe(retrievability(learned, interview, fitted));
    expect(mine).not.toBeCloseTo(recallOn([learned], 0, interview), 3);
  });

  it("asks for more reviews per day when the interview is closer or more is unseen", () => {
    const far = reviewsPerDayNeeded([learned], 30, now, new Date("2026-05-31T09:00:00Z"));
    const near = reviewsPerDayNeeded([learned], 30, now, new Date("2026-04-11T09:00:00Z"));
    expect(near).toBeGreaterThan(far);
    expect(near).toBe(Math.ceil((1 * 1.5 + 30 * 3) / 10));
    expect(reviewsPerDayNeeded([], 0, now, new Date("2026-04-11T09:00:00Z"))).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { GET as exportReviews } from "@/app/api/export/reviews/route";
import { GET as exportCards } from "@/app/api/export/cards/route";
import { GET as next } from "@/app/api/practice/next/route";
import { POST as grade } from "@/app/api/practice/grade/route";
import { db } from "@/lib/db";
import { localDayKey } from "@/lib/progress/days";
import type { GradeResult, NextCardResult } from "@/lib/practice/types";
import { getDrillQueue } from "@/lib/server/practice/get-drill-card";
import { getDashboard } from "@/lib/server/progress/get-dashboard";
import { getTopicMastery } from "@/lib/server/progress/get-topic-mastery";
import { gradeCard } from "@/lib/server/practice/grade-card";
import { randomUUID } from "node:crypto";
import { requestAs } from "../support/auth";
import { seedHistory } from "../support/history";
import { makeUser } from "../support/users";

// Ten answered questions each, so every topic counts as started (lib/learner/weakness.ts).
const strong = (topicId: string) => ({ topicId, cards: 10, stability: 120, daysSinceReview: 1 });

async function userWithWeakSecurity() {
  const user = await makeUser(db);
  await seedHistory(db, user.id, [
    strong("apis"),
    strong("databases"),
    strong("http"),
    strong("dsa"),
    strong("architecture"),
    { topicId: "security", cards: 10, stability: 3, daysSinceReview: 30, lapses: 1 },
  ]);
  // Two security cards even weaker, with more lapses: they must come first.
  const security = await db.cardState.findMany({ where: { userId: user.id, question: { topicId: "security" } }, orderBy: { questionId: "asc" } });
  await db.cardState.update({ where: { id: security[0]!.id }, data: { stability: 1, lapses: 2 } });
  await db.cardState.update({ where: { id: security[1]!.id }, data: { stability: 1, lapses: 5 } });
  return { user, weakest: [security[1]!.questionId, security[0]!.questionId], security: security.map((s) => s.questionId) };
}

describe("the weak-topic drill", () => {
  it("picks the lowest predicted recall first, then most lapses, then unseen questions of the weakest topic", async () => {
    const { user, weakest, security } = await userWithWeakSecurity();
    const queue = await getDrillQueue(db, { userId: user.id });
    expect(queue.focusTopicId).toBe("security");
    // Equal stability and age give equal recall; the one with more lapses goes first.
    expect(queue.weak.slice(0, 2)).toEqual(weakest);
    expect(new Set(queue.weak)).toEqual(new Set(security));
    const unseenSecurity = await db.question.count({ where: { topicId: "security", retiredAt: null } });
    expect(queue.unseen).toHaveLength(unseenSecurity - security.length);
    expect(queue.unseen.every((id) => id.startsWith("security-"))).toBe(true);
  });

  it("drills one chosen topic only", async () => {
    const { user } = await userWithWeakSecurity();
    const queue = await getDrillQueue(db, { userId: user.id, topicId: "apis" });
    expect(queue.weak).toEqual([]);
    expect(queue.unseen.every((id) => id.startsWith("apis-"))).toBe(true);
  });

  it("grades like practice but logs with its own source, and moves on from the card just drilled", async () => {
    const { user, weakest } = await userWithWeakSecurity();
    const first = (await (await next(await requestAs(user, "/api/practice/next?mode=drill"), {})).json()) as NextCardResult;
    expect(first.kind === "card" && first.card.questionId).toBe(weakest[0]);
    const graded = (await (
      await grade(await requestAs(user, "/x", { body: { questionId: weakest[0], rating: 3, clientKey: randomUUID(), mode: "drill" } }), {})
    ).json()) as GradeResult;
    expect(graded.next.kind === "card" && graded.next.card.questionId).toBe(weakest[1]);
    const log = await db.reviewLog.findFirstOrThrow({ where: { userId: user.id, questionId: weakest[0] }, orderBy: { reviewedAt: "desc" } });
    expect(log.source).toBe("drill");
  });
});

describe("weakness from the learner's own failures", () => {
  it("lists cards failed minutes ago first and drills them before low-recall cards, for a learner who just failed them", async () => {
    const { user, weakest } = await userWithWeakSecurity();
    const now = new Date();
    const failed = (await db.question.findMany({ where: { topicId: "security", retiredAt: null, cardStates: { none: { userId: user.id } } }, orderBy: { id: "asc" }, take: 3 })).map((q) => q.id);
    for (const [i, questionId] of failed.entries()) {
      const response = await grade(await requestAs(user, "/x", { body: { questionId, rating: 1, clientKey: randomUUID() } }), {});
      expect(response.status, `grade ${i}`).toBe(200);
    }
    const dashboard = await getDashboard(db, { userId: user.id, now: new Date(now.getTime() + 60_000) });
    expect(new Set(dashboard.weakest.slice(0, 3).map((q) => q.questionId))).toEqual(new Set(failed));
    expect(dashboard.weakest.slice(0, 3).every((q) => q.lastFailedAt !== null)).toBe(true);
    const queue = await getDrillQueue(db, { userId: user.id, topicId: "security", now: new Date(now.getTime() + 60_000) });
    // Most recent failure first, then the prepared low-recall cards.
    expect(queue.weak.slice(0, 3)).toEqual([...failed].reverse());
    expect(queue.weak.slice(3, 5)).toEqual(weakest);
  });

  it("shows nothing weak, and no weakest topic, for a learner who has answered nothing", async () => {
    const user = await makeUser(db);
    const dashboard = await getDashboard(db, { userId: user.id });
    expect(dashboard.weakestTopicId).toBeNull();
    expect(dashboard.weakest).toEqual([]);
    expect(dashboard.topics.every((t) => !t.started && t.weak === 0)).toBe(true);
  });
});

describe("lapses and failures", () => {
  it("count a lapse only when a card in review is forgotten within 30 days, and remember each failure on its card", async () => {
    const user = await makeUser(db);
    const [reviewed, fresh] = await db.question.findMany({ where: { retiredAt: null, ownerId: null, topicId: "http" }, take: 2, orderBy: { id: "asc" } });
    const now = new Date("2026-06-01T12:00:00Z");
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const gradeAt = (questionId: string, rating: 1 | 4, at: Date) =>
      gradeCard(db, { userId: user.id, questionId, rating, clientKey: randomUUID(), durationMs: 0, source: "practice", now: at });
    await gradeAt(reviewed!.id, 4, daysAgo(60)); // Easy on a new card: straight to review
    await gradeAt(reviewed!.id, 1, daysAgo(40)); // a lapse, but too long ago to count
    await gradeAt(reviewed!.id, 4, daysAgo(39));
    await gradeAt(reviewed!.id, 1, daysAgo(5)); // the lapse that counts
    await gradeAt(fresh!.id, 1, daysAgo(2)); // a failure, but on a new card: no lapse
    // Read in a zone behind UTC: a timestamp read without its zone would come back hours off.
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York";
    const mastery = await getTopicMastery(db, { userId: user.id, now }).finally(() => (zone === undefined ? delete process.env.TZ : (process.env.TZ = zone)));
    expect(mastery.topics.find((t) => t.id === "http")!.recentLapses).toBe(1);
    const failuresOf = (questionId: string) => mastery.cards.find((c) => c.questionId === questionId)!.failures.map((at) => at.toISOString());
    expect(failuresOf(reviewed!.id)).toEqual([daysAgo(5).toISOString()]);
    expect(failuresOf(fresh!.id)).toEqual([daysAgo(2).toISOString()]);
    // Each card's times are the stored instants, whatever the dialect writes them as and whatever this process's zone.
    const stored = await db.cardState.findMany({ where: { userId: user.id }, select: { questionId: true, due: true, lastReview: true } });
    expect(stored).toHaveLength(2);
    for (const card of stored) {
      const read = mastery.cards.find((c) => c.questionId === card.questionId)!;
      expect([read.due.toISOString(), read.lastReview?.toISOString()]).toEqual([card.due.toISOString(), card.lastReview?.toISOString()]);
    }
  });
});

describe("the dashboard", () => {
  it("ranks the prepared weak topic lowest and counts reviews, streaks and the forecast", async () => {
    const { user } = await userWithWeakSecurity();
    const dashboard = await getDashboard(db, { userId: user.id });
    const byId = Object.fromEntries(dashboard.topics.map((t) => [t.id, t]));
    expect(byId.security!.score).toBeLessThan(Math.min(...["apis", "databases", "http", "dsa"].map((t) => byId[t]!.score)));
    expect(byId.security!.parts.recall).toBeLessThan(0.9);
    expect(dashboard.weakest[0]!.topicId).toBe("security");
    expect(dashboard.weakestTopicId).toBe("security");
    // Each topic counts its live questions, and its subtopics share them out.
    const live = await db.question.groupBy({ by: ["topicId"], where: { retiredAt: null, ownerId: null }, _count: { _all: true } });
    expect(Object.fromEntries(dashboard.topics.map((t) => [t.id, t.total]))).toEqual(Object.fromEntries(live.map((g) => [g.topicId, g._count._all])));
    for (const topic of dashboard.topics) expect(topic.subtopics.reduce((sum, sub) => sum + sub.total, 0)).toBe(topic.total);
    const prompts = await db.question.findMany({ where: { id: { in: dashboard.weakest.map((q) => q.questionId) } }, select: { id: true, prompt: true } });
    expect(dashboard.weakest.map((q) => q.prompt)).toEqual(dashboard.weakest.map((q) => prompts.find((p) => p.id === q.questionId)!.prompt));
    expect(dashboard.topics.find((t) => t.id === "security")!.weak).toBe(10);
    expect(dashboard.topics.find((t) => t.id === "apis")!.weak).toBe(0);
    expect(dashboard.topics.find((t) => t.id === "operations")!.started).toBe(false);
    expect(dashboard.reviews.days7).toBe(50);
    expect(dashboard.reviews.days30).toBe(50);
    expect(dashboard.heatmap.reduce((s, d) => s + d.reviews, 0)).toBe(60);
    expect(dashboard.streaks.current).toBe(1);
    expect(dashboard.forecast.reduce((s, d) => s + d.due, 0)).toBeGreaterThanOrEqual(4);
    // Each column holds the cards due on that local day, today's also those overdue.
    const dues = (await db.cardState.findMany({ where: { userId: user.id }, select: { due: true } })).map((c) => localDayKey(c.due, dashboard.timeZone));
    expect(dashboard.forecast.map((f) => f.due)).toEqual(dashboard.forecast.map(({ day }, i) => dues.filter((d) => (i === 0 ? d <= day : d === day)).length));
  });

  it("forecasts recall on the interview day once a date is set", async () => {
    const { user } = await userWithWeakSecurity();
    await db.user.update({ where: { id: user.id }, data: { interviewDate: new Date(Date.now() + 14 * 86_400_000) } });
    const dashboard = await getDashboard(db, { userId: user.id });
    for (const topic of dashboard.topics) {
      expect(topic.recallOnInterview).not.toBeNull();
      expect(topic.reviewsPerDay).toBeGreaterThan(0);
    }
  });
});

describe("export", () => {
  it("downloads the user's own reviews as CSV and card states as JSON, and nobody else's", async () => {
    const { user } = await userWithWeakSecurity();
    const other = await makeUser(db);
    const csv = await exportReviews(await requestAs(user, "/api/export/reviews?format=csv"), {});
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toBe("id,questionId,reviewedAt,rating,source,durationMs,prevState,prevDue,prevStability,prevDifficulty,prevReps,prevLapses,overruled");
    expect(lines).toHaveLength(1 + 60);
    const cards = (await (await exportCards(await requestAs(user, "/api/export/cards?format=json"), {})).json()) as { questionId: string }[];
    expect(cards).toHaveLength(60);
    const theirs = (await (await exportCards(await requestAs(other, "/api/export/cards"), {})).json()) as unknown[];
    expect(theirs).toEqual([]);
    expect((await exportCards(await requestAs(null, "/api/export/cards"), {})).status).toBe(401);
    expect((await exportCards(await requestAs(user, "/api/export/cards?format=xml"), {})).status).toBe(422);
  });
});

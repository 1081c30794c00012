import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getInterviewPlan } from "@/lib/server/learner/get-interview-plan";
import { gradeCard } from "@/lib/server/practice/grade-card";
import { getStudyPlanSettings, updateStudyPlan } from "@/lib/server/learner/study-plan-settings";
import { getQueueCounts } from "@/lib/server/practice/get-next-card";
import { seedHistory } from "../support/history";
import { makeUser } from "../support/users";

const DAY = 86_400_000;
const inDays = (days: number, now: Date) => new Date(`${new Date(now.getTime() + days * DAY).toISOString().slice(0, 10)}T12:00:00Z`);

describe("the plan to the interview day", () => {
  it("sets the day's new cards so every chosen question is introduced a week before, unless the learner overrides it", async () => {
    const now = new Date();
    const user = await makeUser(db, { newCardsPerDay: 20 });
    await db.user.update({ where: { id: user.id }, data: { interviewDate: inDays(14, now), interviewTopics: JSON.stringify(["security", "http"]) } });
    const unseen = await db.question.count({ where: { retiredAt: null, topicId: { in: ["security", "http"] } } });
    const plan = (await getInterviewPlan(db, { userId: user.id, now }))!;
    // Today through the day a week before the interview: 8 days.
    expect(plan.daysToIntroduce).toBe(8);
    expect(plan.newPerDay).toBe(Math.ceil(unseen / 8));
    expect([...plan.topicIds].sort()).toEqual(["http", "security"]);
    expect((await getQueueCounts(db, { userId: user.id, now })).newAvailable).toBe(plan.newPerDay);

    await db.user.update({ where: { id: user.id }, data: { newCardsFollowPlan: false } });
    expect((await getQueueCounts(db, { userId: user.id, now })).newAvailable).toBe(20);
  });

  it("counts today's reviews from the chosen topics' cards only", async () => {
    const now = new Date("2026-06-01T12:00:00Z");
    const user = await makeUser(db);
    await db.user.update({ where: { id: user.id }, data: { interviewDate: inDays(14, now), interviewTopics: JSON.stringify(["security", "http"]) } });
    const inTopic = async (topicId: string, take: number) => db.question.findMany({ where: { retiredAt: null, ownerId: null, topicId }, orderBy: { id: "asc" }, take });
    const gradeAt = (questionId: string, rating: 1 | 4) => gradeCard(db, { userId: user.id, questionId, rating, clientKey: randomUUID(), durationMs: 0, source: "practice", now });
    const [forgotten, known] = [await inTopic("security", 3), await inTopic("http", 1)];
    for (const q of forgotten) await gradeAt(q.id, 1); // due again within minutes
    await gradeAt(known[0]!.id, 4); // due days from now
    for (const q of await inTopic("apis", 2)) await gradeAt(q.id, 1); // due today, but not a chosen topic
    const plan = (await getInterviewPlan(db, { userId: user.id, now }))!;
    expect(plan.today.reviews).toBe(3);
    expect(plan.recallIfStoppedNow).toBeGreaterThan(0);
    expect(plan.recallIfStoppedNow).toBeLessThan(1);
  });

  it("says when the plan does not fit the learner's minutes, and what would", async () => {
    const now = new Date();
    const user = await makeUser(db);
    await db.user.update({ where: { id: user.id }, data: { interviewDate: inDays(10, now), minutesPerDay: 10 } });
    const plan = (await getInterviewPlan(db, { userId: user.id, now }))!;
    expect(plan.feasible).toBe(false);
    expect(plan.fixes!.minutesPerDay).toBeGreaterThan(10);
    expect(plan.fixes!.laterInterviewDay! > plan.interviewDay).toBe(true);
    expect(plan.today.minutes).toBeGreaterThan(10);
  });

  it("has no plan without a future interview date", async () => {
    const user = await makeUser(db);
    expect(await getInterviewPlan(db, { userId: user.id })).toBeNull();
  });
});

describe("desired retention", () => {
  it("estimates more reviews a day for a higher retention, on the learner's own cards", async () => {
    const user = await makeUser(db);
    await seedHistory(db, user.id, [{ topicId: "apis", cards: 40, stability: 5, daysSinceReview: 3 }]);
    await updateStudyPlan(db, { userId: user.id, desiredRetention: 0.8, minutesPerDay: 30, interviewTopics: [], newCardsFollowPlan: true });
    const settings = await getStudyPlanSettings(db, { userId: user.id });
    expect(settings.desiredRetention).toBe(0.8);
    expect(settings.currentWorkload.retention).toBe(0.8);
    const loads = settings.workload.map((w) => w.reviewsPerDay);
    for (let i = 1; i < loads.length; i++) expect(loads[i]!).toBeGreaterThan(loads[i - 1]!);
    expect(settings.fitSummary).toMatch(/default parameters/);
  });
});

// The heatmap's rollup (ReviewBucket) and User.reviewCount, kept by triggers on ReviewLog, on the real database:
// after grades, undo, a log moved in time or to another user, bulk inserts and a deleted account, they equal a count of the logs.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { gradeCard } from "@/lib/server/practice/grade-card";
import { undoGrade } from "@/lib/server/practice/undo-grade";
import { makeUser } from "../support/users";

const QUARTER_HOUR = 15 * 60_000;
const bucketOf = (at: Date) => new Date(Math.floor(at.getTime() / QUARTER_HOUR) * QUARTER_HOUR).toISOString().slice(0, 16);

async function rollup(userId: string) {
  const rows = await db.reviewBucket.findMany({ where: { userId }, orderBy: { bucket: "asc" } });
  return Object.fromEntries(rows.map((r) => [r.bucket, r.reviews]));
}

/** The rollup equals the logs, and so does the user's review count. */
async function expectInStep(userId: string) {
  expect(await rollup(userId)).toEqual(await recount(userId));
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { reviewCount: true } });
  expect(user.reviewCount).toBe(await db.reviewLog.count({ where: { userId } }));
}

async function recount(userId: string) {
  const counts: Record<string, number> = {};
  for (const log of await db.reviewLog.findMany({ where: { userId }, select: { reviewedAt: true } })) {
    const bucket = bucketOf(log.reviewedAt);
    counts[bucket] = (counts[bucket] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

describe("review rollup", () => {
  it("follows every grade, undo, move and deletion of a review exactly", async () => {
    const user = await makeUser(db);
    const other = await makeUser(db);
    const questions = await db.question.findMany({ where: { retiredAt: null }, take: 6, orderBy: { id: "asc" }, select: { id: true } });
    // Reviews on quarter-hour edges and inside them, across days.
    const times = ["2026-03-01T09:00:00.000Z", "2026-03-01T09:14:59.999Z", "2026-03-01T09:15:00.000Z", "2026-03-02T23:59:00.000Z", "2026-03-05T12:44:10.500Z"];
    const reviewIds: string[] = [];
    for (const [i, at] of times.entries()) {
      const graded = await gradeCard(db, { userId: user.id, questionId: questions[i]!.id, rating: 3, clientKey: randomUUID(), durationMs: 1000, source: "practice", now: new Date(at) });
      reviewIds.push(graded.reviewId);
    }
    await gradeCard(db, { userId: other.id, questionId: questions[0]!.id, rating: 1, clientKey: randomUUID(), durationMs: 1000, source: "practice", now: new Date(times[0]!) });
    expect(await rollup(user.id)).toEqual({ "2026-03-01T09:00": 2, "2026-03-01T09:15": 1, "2026-03-02T23:45": 1, "2026-03-05T12:30": 1 });
    await expectInStep(user.id);

    await undoGrade(db, { userId: user.id, reviewId: reviewIds.at(-1)! });
    await expectInStep(user.id);
    expect(await rollup(user.id)).not.toHaveProperty("2026-03-05T12:30");

    await db.reviewLog.update({ where: { id: reviewIds[0]! }, data: { reviewedAt: new Date("2026-03-01T09:31:00.000Z") } });
    await expectInStep(user.id);
    expect((await rollup(user.id))["2026-03-01T09:30"]).toBe(1);

    const base = { questionId: questions[5]!.id, rating: 3, source: "practice", durationMs: 1000, cardVersion: 1, prevExisted: false, prevState: 0, prevStability: 0, prevDifficulty: 0, prevElapsedDays: 0, prevScheduledDays: 0, prevLearningSteps: 0, prevReps: 0, prevLapses: 0 };
    await db.reviewLog.createMany({
      data: Array.from({ length: 40 }, (_, i) => {
        const at = new Date(Date.UTC(2025, 0, 1) + i * 7 * 60_000);
        return { ...base, userId: user.id, clientKey: randomUUID(), reviewedAt: at, prevDue: at };
      }),
    });
    await expectInStep(user.id);
    expect(Object.values(await rollup(other.id))).toEqual([1]);
    // A review handed to another user leaves one count and bucket for the other.
    await db.reviewLog.update({ where: { id: reviewIds[1]! }, data: { userId: other.id } });
    await expectInStep(user.id);
    await expectInStep(other.id);
    await db.reviewLog.updateMany({ where: { userId: user.id }, data: { durationMs: 5 } });
    await expectInStep(user.id);

    await db.user.delete({ where: { id: user.id } });
    expect(await db.reviewBucket.count({ where: { userId: user.id } })).toBe(0);
    await expectInStep(other.id);
  });
});

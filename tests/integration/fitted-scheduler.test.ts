import { describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { CLAIM_TTL_MS } from "@/lib/server/learner/fit-claim";
import { fitLearnerParams, fitIfDue, refitNow, useDefaultParams, type FitLane } from "@/lib/server/learner/fit-params";
import { replayCards } from "@/lib/server/learner/replay-cards";
import { cardFieldsFromRow } from "@/lib/server/practice/card-row";
import { gradeCard } from "@/lib/server/practice/grade-card";
import { inGradeTransaction } from "@/lib/server/practice/grade-scope";
import { Rating, retrievability, type GradeValue } from "@/lib/srs/scheduler";
import { makeUser } from "../support/users";

const DAY = 86_400_000;

/**
 * A learner who forgets faster than FSRS's defaults expect: each review recalls with probability R²,
 * from a seeded generator, through the real grade path, on the day each card falls due.
 */
async function simulateLearner(userId: string, { cards, reviewsPerCard, skip = 0 }: { cards: number; reviewsPerCard: number; skip?: number }) {
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const questions = await db.question.findMany({ where: { retiredAt: null }, orderBy: { id: "asc" }, skip, take: cards, select: { id: true } });
  const start = new Date("2025-01-06T08:00:00Z").getTime();
  for (const [i, { id }] of questions.entries()) {
    let now = new Date(start + i * 60_000);
    for (let r = 0; r < reviewsPerCard; r++) {
      const state = await db.cardState.findUnique({ where: { userId_questionId: { userId, questionId: id } } });
      const recall = state ? retrievability(cardFieldsFromRow(state), now) ** 2 : 0.6;
      const rating: GradeValue = random() < recall ? (random() < 0.2 ? Rating.Hard : Rating.Good) : Rating.Again;
      await gradeCard(db, { userId, questionId: id, rating, clientKey: randomUUID(), durationMs: 4000, source: "practice", now });
      const after = await db.cardState.findUniqueOrThrow({ where: { userId_questionId: { userId, questionId: id } } });
      now = new Date(Math.max(after.due.getTime(), now.getTime() + 60_000) + random() * DAY);
    }
  }
}

async function expectReplayMatches(userId: string) {
  const replayed = await replayCards(db, { userId });
  const stored = await db.cardState.findMany({ where: { userId } });
  expect(replayed.size).toBe(stored.length);
  for (const row of stored) expect(replayed.get(row.questionId), row.questionId).toEqual(cardFieldsFromRow(row));
}

describe("a scheduler fitted to the learner", () => {
  it("fits a version that predicts the learner's own history better than the defaults, grades with it, and replays exactly", { timeout: 120_000 }, async () => {
    const user = await makeUser(db);
    await simulateLearner(user.id, { cards: 80, reviewsPerCard: 13 });
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBeGreaterThanOrEqual(1000);

    const fit = await fitLearnerParams(db, { userId: user.id });
    expect(fit).not.toBeNull();
    const version = await db.fsrsParams.findUniqueOrThrow({ where: { id: fit!.paramsId } });
    expect(version).toMatchObject({ version: 1, reviewCount: 1040 });
    expect(version.logLoss).toBeLessThan(version.defaultLogLoss);
    expect(JSON.parse(version.weights)).toHaveLength(21);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).fsrsParamsId).toBe(version.id);

    // Later grades are scheduled by that version and say so.
    const question = await db.question.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { id: "desc" } });
    await gradeCard(db, { userId: user.id, questionId: question.id, rating: Rating.Good, clientKey: randomUUID(), durationMs: 3000, source: "practice", now: new Date("2026-06-01T08:00:00Z") });
    const log = await db.reviewLog.findFirstOrThrow({ where: { userId: user.id, questionId: question.id } });
    expect(log).toMatchObject({ paramsId: version.id, desiredRetention: 0.9 });
    await expectReplayMatches(user.id);

    // Back to the defaults: the next grade is scheduled without the fitted weights, and replay still holds.
    await useDefaultParams(db, { userId: user.id });
    const other = await db.question.findFirstOrThrow({ where: { retiredAt: null, id: { not: question.id } }, orderBy: { id: "desc" } });
    await gradeCard(db, { userId: user.id, questionId: other.id, rating: Rating.Good, clientKey: randomUUID(), durationMs: 3000, source: "practice", now: new Date("2026-06-02T08:00:00Z") });
    expect((await db.reviewLog.findFirstOrThrow({ where: { userId: user.id, questionId: other.id } })).paramsId).toBeNull();
    await expectReplayMatches(user.id);
  });

  it("tries a fit at 100 reviews and again only once the count has doubled", { timeout: 60_000 }, async () => {
    const user = await makeUser(db);
    await simulateLearner(user.id, { cards: 33, reviewsPerCard: 3 });
    expect(await fitIfDue(db, { userId: user.id })).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).fitAttemptReviews).toBeNull();
    // A 34th card's first review makes 100.
    await simulateLearner(user.id, { cards: 1, reviewsPerCard: 1, skip: 33 });
    const first = await fitIfDue(db, { userId: user.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).fitAttemptReviews).toBe(100);
    expect(first === null || first.reviewCount === 100).toBe(true);
    const versions = await db.fsrsParams.count({ where: { userId: user.id } });
    expect(await fitIfDue(db, { userId: user.id })).toBeNull();
    expect(await db.fsrsParams.count({ where: { userId: user.id } })).toBe(versions);
  });

  it("never runs a fit inside a grade's transaction", async () => {
    const user = await makeUser(db);
    await expect(inGradeTransaction(() => fitLearnerParams(db, { userId: user.id }))).rejects.toThrow(/never run inside a grade transaction/);
  });

  it("lets a fit the learner asks for take over a background fit still waiting for a slot", { timeout: 60_000 }, async () => {
    const user = await learnerWith100Reviews();
    const held = heldLane();
    const background = fitLearnerParams(db, { userId: user.id, lane: held.lane });
    await claimed(user.id);
    // Another grade crossing the threshold meanwhile finds the learner claimed and queues nothing.
    expect(await fitLearnerParams(db, { userId: user.id, lane: heldLane().lane })).toBeNull();

    await refitNow(db, { userId: user.id });
    expect(await fitState(user.id)).toEqual({ fitAttemptReviews: 100, fitStartedAt: null });

    // The waiting fit, given its slot at last, finds its claim taken and does not run.
    await expectSkippedOnceOpened(user.id, held, background);
  });

  it("runs a queued fit whose claim expired while it waited only if no later fit claimed the learner", { timeout: 60_000 }, async () => {
    const user = await learnerWith100Reviews();
    const held = heldLane();
    const stale = fitLearnerParams(db, { userId: user.id, now: new Date(Date.now() - CLAIM_TTL_MS - 60_000), lane: held.lane });
    await claimed(user.id);

    // Its claim looks expired, so a later grade claims the learner and fits.
    await fitLearnerParams(db, { userId: user.id });
    expect(await fitState(user.id)).toEqual({ fitAttemptReviews: 100, fitStartedAt: null });

    await expectSkippedOnceOpened(user.id, held, stale);
  });
});

async function learnerWith100Reviews() {
  const user = await makeUser(db);
  await simulateLearner(user.id, { cards: 33, reviewsPerCard: 3 });
  await simulateLearner(user.id, { cards: 1, reviewsPerCard: 1, skip: 33 });
  expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(100);
  return user;
}

/** A lane whose one slot is taken until the test opens it. */
function heldLane(): { lane: FitLane; open: () => void } {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return { lane: async (task) => (await gate, task()), open };
}

/** Opens the lane and checks the fit waiting in it ran no process: a run would overwrite the marker attempt count. */
async function expectSkippedOnceOpened(userId: string, held: { open: () => void }, fit: Promise<unknown>) {
  await db.user.update({ where: { id: userId }, data: { fitAttemptReviews: 7 } });
  held.open();
  expect(await fit).toBeNull();
  expect(await fitState(userId)).toEqual({ fitAttemptReviews: 7, fitStartedAt: null });
}

async function claimed(userId: string) {
  await vi.waitFor(async () => expect((await fitState(userId)).fitStartedAt).not.toBeNull());
}

const fitState = (userId: string) => db.user.findUniqueOrThrow({ where: { id: userId }, select: { fitAttemptReviews: true, fitStartedAt: true } });

import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { POST as grade } from "@/app/api/practice/grade/route";
import { GET as next } from "@/app/api/practice/next/route";
import { db } from "@/lib/db";
import type { GradeResult, NextCardResult } from "@/lib/practice/types";
import { requestAs } from "../support/auth";
import { makeUser } from "../support/users";

let user: { id: string; email: string };
let questionId: string;

beforeEach(async () => {
  user = await makeUser(db);
  const first = (await (await next(await requestAs(user, "/api/practice/next"), {})).json()) as NextCardResult;
  if (first.kind !== "card") throw new Error("expected a new card for a new user");
  questionId = first.card.questionId;
});

const rowCounts = async () => ({
  states: await db.cardState.count({ where: { userId: user.id } }),
  logs: await db.reviewLog.count({ where: { userId: user.id } }),
});

const gradeBody = (overrides: Record<string, unknown> = {}) => ({
  questionId,
  rating: 3,
  clientKey: randomUUID(),
  durationMs: 4200,
  ...overrides,
});

describe("POST /api/practice/grade", () => {
  it("writes one CardState and one ReviewLog, and answers with the next card", async () => {
    const body = gradeBody();
    const response = await grade(await requestAs(user, "/api/practice/grade", { body }), {});
    expect(response.status).toBe(200);
    const result = (await response.json()) as GradeResult;
    expect(result.duplicate).toBe(false);
    expect(result.next.kind).toBe("card");
    if (result.next.kind === "card") expect(result.next.card.questionId).not.toBe(questionId);

    expect(await rowCounts()).toEqual({ states: 1, logs: 1 });
    const state = await db.cardState.findUniqueOrThrow({ where: { userId_questionId: { userId: user.id, questionId } } });
    expect(state).toMatchObject({ reps: 1, state: 1, version: 1 });
    expect(state.due.getTime()).toBeGreaterThan(Date.now());
    const log = await db.reviewLog.findFirstOrThrow({ where: { userId: user.id } });
    expect(log).toMatchObject({ rating: 3, source: "practice", durationMs: 4200, prevExisted: false, prevState: 0, cardVersion: 1 });
  });

  it("updates the same CardState row on a second review", async () => {
    await grade(await requestAs(user, "/api/practice/grade", { body: gradeBody({ rating: 1 }) }), {});
    await grade(await requestAs(user, "/api/practice/grade", { body: gradeBody({ rating: 3 }) }), {});
    expect(await rowCounts()).toEqual({ states: 1, logs: 2 });
    const state = await db.cardState.findFirstOrThrow({ where: { userId: user.id } });
    expect(state).toMatchObject({ reps: 2, version: 2 });
  });

  it("does not grade twice when the same submit arrives again", async () => {
    const body = gradeBody();
    const first = (await (await grade(await requestAs(user, "/api/practice/grade", { body }), {})).json()) as GradeResult;
    const before = await db.cardState.findFirstOrThrow({ where: { userId: user.id } });
    const again = await grade(await requestAs(user, "/api/practice/grade", { body }), {});
    expect(again.status).toBe(200);
    const second = (await again.json()) as GradeResult;
    expect(second).toMatchObject({ duplicate: true, reviewId: first.reviewId });
    expect(await rowCounts()).toEqual({ states: 1, logs: 1 });
    expect(await db.cardState.findFirstOrThrow({ where: { userId: user.id } })).toEqual(before);
  });

  it("grades both of two simultaneous submits of different keys, in order", async () => {
    const results = await Promise.all(
      [gradeBody({ rating: 3 }), gradeBody({ rating: 1 })].map(async (body) => grade(await requestAs(user, "/api/practice/grade", { body }), {})),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(await rowCounts()).toEqual({ states: 1, logs: 2 });
    const state = await db.cardState.findFirstOrThrow({ where: { userId: user.id } });
    expect(state).toMatchObject({ reps: 2, version: 2 });
    // In order: the second grade started from the state the first one produced.
    const logs = await db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { cardVersion: "asc" } });
    expect(logs.map((l) => [l.cardVersion, l.prevReps, l.prevExisted])).toEqual([
      [1, 0, false],
      [2, 1, true],
    ]);
  });

  it.each([
    ["an unknown question", { questionId: "no-such-question" }, 404, /does not exist/],
    ["a rating of 5", { rating: 5 }, 422, /rating must be 1/],
    ["a rating given as text", { rating: "good" }, 422, /rating must be 1/],
    ["a missing key", { clientKey: undefined }, 422, /clientKey/],
    ["a negative duration", { durationMs: -1 }, 422, /durationMs/],
    ["an unknown topic filter", { topicId: "astrology" }, 422, /Unknown topic/],
  ])("refuses %s with a clear error and writes nothing", async (_label, overrides, status, message) => {
    const response = await grade(await requestAs(user, "/api/practice/grade", { body: gradeBody(overrides) }), {});
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(message);
    expect(await rowCounts()).toEqual({ states: 0, logs: 0 });
  });

  it("refuses a body that is not JSON", async () => {
    const response = await grade(await requestAs(user, "/api/practice/grade", { rawBody: "rating=3" }), {});
    expect(response.status).toBe(422);
    expect(await rowCounts()).toEqual({ states: 0, logs: 0 });
  });

  it("refuses a request without a session and writes nothing", async () => {
    const response = await grade(await requestAs(null, "/api/practice/grade", { body: gradeBody() }), {});
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
    expect(await rowCounts()).toEqual({ states: 0, logs: 0 });
  });

  it("refuses a cookie signed with another secret", async () => {
    const { encode } = await import("next-auth/jwt");
    const token = await encode({ token: { sub: user.id, email: user.email }, secret: "an-attacker-guessed-this-other-secret" });
    const forged = await requestAs(user, "/api/practice/grade", { body: gradeBody(), cookie: `next-auth.session-token=${token}` });
    expect((await grade(forged, {})).status).toBe(401);
    expect(await rowCounts()).toEqual({ states: 0, logs: 0 });
  });

  it("does not let one user's review key touch another user's cards", async () => {
    const other = await makeUser(db);
    const body = gradeBody();
    await grade(await requestAs(user, "/api/practice/grade", { body }), {});
    const response = await grade(await requestAs(other, "/api/practice/grade", { body }), {});
    expect(response.status).toBe(200);
    expect(((await response.json()) as GradeResult).duplicate).toBe(false);
    expect(await db.cardState.count({ where: { userId: other.id } })).toBe(1);
    expect(await db.cardState.count({ where: { userId: user.id } })).toBe(1);
  });
});

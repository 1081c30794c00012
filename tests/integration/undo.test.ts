import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as grade } from "@/app/api/practice/grade/route";
import { POST as undo } from "@/app/api/practice/undo/route";
import { db } from "@/lib/db";
import type { GradeResult } from "@/lib/practice/types";
import { gradeCard } from "@/lib/server/practice/grade-card";
import { closeQuiz } from "@/lib/server/quiz/close-quiz";
import { createQuiz } from "@/lib/server/quiz/create-quiz";
import { saveAnswer } from "@/lib/server/quiz/save-answer";
import { requestAs } from "../support/auth";
import { makeUser } from "../support/users";

type Row = Awaited<ReturnType<typeof db.cardState.findFirstOrThrow>>;
const FSRS_KEYS = ["due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview"] as const;
const fsrsFields = (row: Row) => Object.fromEntries(FSRS_KEYS.map((key) => [key, row[key]]));

async function someQuestion() {
  return (await db.question.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { id: "asc" } })).id;
}

describe("POST /api/practice/undo", () => {
  it("removes a first grade entirely: the card is new again", async () => {
    const user = await makeUser(db);
    const questionId = await someQuestion();
    const graded = (await (await grade(await requestAs(user, "/x", { body: { questionId, rating: 3, clientKey: randomUUID() } }), {})).json()) as GradeResult;
    const response = await undo(await requestAs(user, "/x", { body: { reviewId: graded.reviewId } }), {});
    expect(response.status).toBe(200);
    const body = (await response.json()) as { card: { questionId: string; isNew: boolean } };
    expect(body.card).toMatchObject({ questionId, isNew: true });
    expect(await db.cardState.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
  });

  it("restores every FSRS field exactly after a later grade", async () => {
    const user = await makeUser(db);
    const questionId = await someQuestion();
    await gradeCard(db, { userId: user.id, questionId, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "practice", now: new Date("2026-01-01T10:00:00Z") });
    const before = await db.cardState.findFirstOrThrow({ where: { userId: user.id } });
    const second = await gradeCard(db, { userId: user.id, questionId, rating: 1, clientKey: randomUUID(), durationMs: 0, source: "practice", now: new Date("2026-01-02T10:00:00Z") });
    expect(fsrsFields(await db.cardState.findFirstOrThrow({ where: { userId: user.id } }))).not.toEqual(fsrsFields(before));

    const response = await undo(await requestAs(user, "/x", { body: { reviewId: second.reviewId } }), {});
    expect(response.status).toBe(200);
    expect(fsrsFields(await db.cardState.findFirstOrThrow({ where: { userId: user.id } }))).toEqual(fsrsFields(before));
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses to undo a grade that a later grade has built on", async () => {
    const user = await makeUser(db);
    const questionId = await someQuestion();
    const first = await gradeCard(db, { userId: user.id, questionId, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "practice" });
    await gradeCard(db, { userId: user.id, questionId, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "practice" });
    const response = await undo(await requestAs(user, "/x", { body: { reviewId: first.reviewId } }), {});
    expect(response.status).toBe(409);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2);
  });

  it("answers 404 for another user's grade and changes nothing", async () => {
    const owner = await makeUser(db);
    const intruder = await makeUser(db);
    const questionId = await someQuestion();
    const graded = await gradeCard(db, { userId: owner.id, questionId, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "practice" });
    const response = await undo(await requestAs(intruder, "/x", { body: { reviewId: graded.reviewId } }), {});
    expect(response.status).toBe(404);
    expect(await db.reviewLog.count({ where: { userId: owner.id } })).toBe(1);
    expect(await db.cardState.count({ where: { userId: owner.id } })).toBe(1);
  });

  it("refuses an anonymous caller", async () => {
    expect((await undo(await requestAs(null, "/x", { body: { reviewId: "anything" } }), {})).status).toBe(401);
  });

  it("refuses to undo a grade a quiz made, so the quiz's results keep pointing at their review", async () => {
    const user = await makeUser(db);
    const quiz = await createQuiz(db, { userId: user.id, topicIds: ["databases"], count: 20, difficulties: [] });
    const item = await db.quizQuestion.findFirstOrThrow({ where: { quizId: quiz.id, question: { type: "single" } }, include: { question: true } });
    const choices = JSON.parse(item.question.choices!) as { id: string }[];
    await saveAnswer(db, { userId: user.id, quizId: quiz.id, questionId: item.questionId, answer: { choiceIds: [choices[0]!.id] } });
    await closeQuiz(db, { userId: user.id, quizId: quiz.id, reason: "submitted" });
    const graded = await db.quizQuestion.findUniqueOrThrow({ where: { id: item.id } });
    expect(graded.reviewLogId).toBeTruthy();

    const response = await undo(await requestAs(user, "/x", { body: { reviewId: graded.reviewLogId } }), {});
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/came from a quiz/);
    expect(await db.reviewLog.count({ where: { id: graded.reviewLogId! } })).toBe(1);
    expect(await db.cardState.count({ where: { userId: user.id, questionId: item.questionId } })).toBe(1);
  });
});

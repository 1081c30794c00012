// Overruling an automatic "wrong": in practice the grade is recorded as the learner's and marked overruled;
// in a finished quiz the answer counts as right and its review becomes Good in place (replayed, never logged twice).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as grade } from "@/app/api/practice/grade/route";
import { POST as undo } from "@/app/api/practice/undo/route";
import { POST as overrule } from "@/app/api/quizzes/[id]/overrule/route";
import { db } from "@/lib/db";
import { parseJsonColumn } from "@/lib/json-column";
import type { Choice } from "@/lib/content/question";
import { TOPIC_IDS } from "@/lib/content/schema";
import { replayCards } from "@/lib/server/learner/replay-cards";
import { gradeCard } from "@/lib/server/practice/grade-card";
import { closeQuiz } from "@/lib/server/quiz/close-quiz";
import { createQuiz } from "@/lib/server/quiz/create-quiz";
import { getQuizResults } from "@/lib/server/quiz/get-quiz-results";
import { saveAnswer } from "@/lib/server/quiz/save-answer";
import { requestAs } from "../support/auth";
import { makeUser } from "../support/users";

const FSRS_KEYS = ["due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview"] as const;
const fsrsFields = (row: Record<(typeof FSRS_KEYS)[number], unknown>) => Object.fromEntries(FSRS_KEYS.map((key) => [key, row[key]]));

async function multiSelect() {
  const q = await db.question.findFirstOrThrow({ where: { retiredAt: null, type: "multi", choices: { contains: '"correct":false' } }, orderBy: { id: "asc" } });
  const choices = parseJsonColumn<Choice[]>(q.choices)!;
  return { id: q.id, wrong: [choices.find((c) => !c.correct)!.id], right: choices.filter((c) => c.correct).map((c) => c.id) };
}

const gradeBody = (questionId: string, extra: Record<string, unknown>) => ({ questionId, rating: 3, clientKey: randomUUID(), ...extra });

describe("overruling in practice", () => {
  it("records a wrong answer graded Good as overruled", async () => {
    const user = await makeUser(db);
    const q = await multiSelect();
    const response = await grade(await requestAs(user, "/x", { body: gradeBody(q.id, { answer: { choiceIds: q.wrong }, overruled: true, cardVersion: null }) }), {});
    expect(response.status).toBe(200);
    const log = await db.reviewLog.findFirstOrThrow({ where: { userId: user.id, questionId: q.id } });
    expect(log).toMatchObject({ rating: 3, overruled: true });
  });

  it("refuses to overrule an answer that is right, or none, and writes nothing", async () => {
    const user = await makeUser(db);
    const q = await multiSelect();
    for (const answer of [{ choiceIds: q.right }, null]) {
      const response = await grade(await requestAs(user, "/x", { body: gradeBody(q.id, { answer, overruled: true }) }), {});
      expect(response.status).toBe(422);
    }
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.cardState.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a grade of a card version another tab has already graded, and records one review", async () => {
    const user = await makeUser(db);
    const q = await multiSelect();
    const first = await grade(await requestAs(user, "/x", { body: gradeBody(q.id, { cardVersion: null }) }), {});
    expect(first.status).toBe(200);
    const second = await grade(await requestAs(user, "/x", { body: gradeBody(q.id, { cardVersion: null }) }), {});
    expect(second.status).toBe(409);
    expect(((await second.json()) as { error: { message: string } }).error.message).toMatch(/already graded in another tab/);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    // Shown at its current version, the card grades as usual.
    const third = await grade(await requestAs(user, "/x", { body: gradeBody(q.id, { cardVersion: 1 }) }), {});
    expect(third.status).toBe(200);
  });
});

describe("overruling a finished quiz's answer", () => {
  async function closedQuizWithWrongAnswer() {
    const user = await makeUser(db);
    const q = await multiSelect();
    const quiz = await createQuiz(db, { userId: user.id, topicIds: [...TOPIC_IDS], count: 1, difficulties: [], onlyQuestionIds: [q.id] });
    await saveAnswer(db, { userId: user.id, quizId: quiz.id, questionId: q.id, answer: { choiceIds: q.wrong } });
    await closeQuiz(db, { userId: user.id, quizId: quiz.id, reason: "submitted", now: new Date(Date.now() + 1000) });
    return { user, q, quizId: quiz.id };
  }
  const call = async (user: { id: string; email: string }, quizId: string, questionId: string) =>
    overrule(await requestAs(user, "/x", { body: { questionId } }), { params: Promise.resolve({ id: quizId }) });

  it("counts it right and turns its one review into Good, exactly as a replay of the log says", async () => {
    const { user, q, quizId } = await closedQuizWithWrongAnswer();
    const before = await db.cardState.findFirstOrThrow({ where: { userId: user.id, questionId: q.id } });
    expect((await getQuizResults(db, { userId: user.id, quizId })).correct).toBe(0);

    const response = await call(user, quizId, q.id);
    expect(response.status).toBe(200);
    const item = await db.quizQuestion.findFirstOrThrow({ where: { quizId, questionId: q.id } });
    expect(item).toMatchObject({ correct: true, overruled: true, rating: 3 });
    const logs = await db.reviewLog.findMany({ where: { userId: user.id, questionId: q.id } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ rating: 3, overruled: true, id: item.reviewLogId });
    const after = await db.cardState.findFirstOrThrow({ where: { userId: user.id, questionId: q.id } });
    expect(after.due.getTime()).toBeGreaterThan(before.due.getTime());
    expect(fsrsFields(after)).toEqual(fsrsFields({ ...(await replayCards(db, { userId: user.id })).get(q.id)! }));
    expect((await getQuizResults(db, { userId: user.id, quizId })).correct).toBe(1);

    // Once only.
    expect((await call(user, quizId, q.id)).status).toBe(409);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });

  it("replays later grades of the card on top, and undo of the later grade still restores exactly", async () => {
    const { user, q, quizId } = await closedQuizWithWrongAnswer();
    const later = await gradeCard(db, { userId: user.id, questionId: q.id, rating: 2, clientKey: randomUUID(), durationMs: 0, source: "practice", now: new Date(Date.now() + 3 * 86_400_000) });
    expect((await call(user, quizId, q.id)).status).toBe(200);
    const replayed = (await replayCards(db, { userId: user.id })).get(q.id)!;
    expect(fsrsFields(await db.cardState.findFirstOrThrow({ where: { userId: user.id, questionId: q.id } }))).toEqual(fsrsFields({ ...replayed }));

    const undone = await undo(await requestAs(user, "/x", { body: { reviewId: later.reviewId } }), {});
    expect(undone.status).toBe(200);
    // What is left is the quiz's grade alone, now Good: the card equals its replay again.
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
    expect(fsrsFields(await db.cardState.findFirstOrThrow({ where: { userId: user.id, questionId: q.id } }))).toEqual(fsrsFields({ ...(await replayCards(db, { userId: user.id })).get(q.id)! }));
  });

  it("refuses an answer scored right, an unknown question and another user's quiz, changing nothing", async () => {
    const { user, q, quizId } = await closedQuizWithWrongAnswer();
    expect((await call(user, quizId, "no-such-question")).status).toBe(422);
    const stranger = await makeUser(db);
    expect((await call(stranger, quizId, q.id)).status).toBe(404);
    expect((await db.quizQuestion.findFirstOrThrow({ where: { quizId } })).overruled).toBe(false);
    expect((await call(user, quizId, q.id)).status).toBe(200);
    // Now right: a second overrule is refused.
    expect((await call(user, quizId, q.id)).status).toBe(409);
  });
});

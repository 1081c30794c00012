import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as grade } from "@/app/api/practice/grade/route";
import { POST as createQuizRoute } from "@/app/api/quizzes/route";
import { PUT as saveAnswerRoute } from "@/app/api/quizzes/[id]/answers/route";
import { POST as submitRoute } from "@/app/api/quizzes/[id]/submit/route";
import type { Choice } from "@/lib/content/question";
import { db } from "@/lib/db";
import { getAnswerHistory } from "@/lib/server/learner/get-answer-history";
import { getMisconceptions } from "@/lib/server/learner/get-misconceptions";
import { nextCardFor } from "@/lib/server/practice/next-for-mode";
import { Rating } from "@/lib/srs/scheduler";
import { requestAs } from "../support/auth";
import { makeUser } from "../support/users";

type User = { id: string; email: string };
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

async function multiWithTwoWrong() {
  const questions = await db.question.findMany({ where: { retiredAt: null, type: "multi" }, orderBy: { id: "asc" } });
  const question = questions.find((q) => (JSON.parse(q.choices!) as Choice[]).filter((c) => !c.correct).length >= 1)!;
  const choices = JSON.parse(question.choices!) as Choice[];
  return { question, wrong: choices.find((c) => !c.correct)!, right: choices.filter((c) => c.correct) };
}

const gradeWith = async (user: User, questionId: string, rating: number, answer: unknown) =>
  grade(await requestAs(user, "/x", { body: { questionId, rating, clientKey: randomUUID(), answer } }), {});

describe("what the learner answered", () => {
  it("is stored on the review, and a wrong option picked twice becomes a misconception only its owner sees", async () => {
    const user = await makeUser(db);
    const other = await makeUser(db);
    const { question, wrong } = await multiWithTwoWrong();
    expect((await gradeWith(user, question.id, 1, { choiceIds: [wrong.id] })).status).toBe(200);
    const log = await db.reviewLog.findFirstOrThrow({ where: { userId: user.id, questionId: question.id } });
    expect(JSON.parse(log.answer!)).toEqual({ choiceIds: [wrong.id] });
    expect(await getMisconceptions(db, { userId: user.id })).toEqual([]);

    expect((await gradeWith(user, question.id, 1, { choiceIds: [wrong.id] })).status).toBe(200);
    const [misconception, ...rest] = await getMisconceptions(db, { userId: user.id });
    expect(rest).toEqual([]);
    expect(misconception).toMatchObject({ questionId: question.id, optionId: wrong.id, times: 2, why: wrong.why });
    const latest = await db.reviewLog.findFirstOrThrow({ where: { userId: user.id, questionId: question.id }, orderBy: { reviewedAt: "desc" } });
    expect(misconception!.lastPickedAt.toISOString()).toBe(latest.reviewedAt.toISOString());

    expect(await getMisconceptions(db, { userId: other.id })).toEqual([]);
    expect(await getAnswerHistory(db, { userId: other.id, questionId: question.id })).toEqual([]);
    const history = await getAnswerHistory(db, { userId: user.id, questionId: question.id });
    expect(history.map((h) => h.given)).toEqual([{ choiceIds: [wrong.id] }, { choiceIds: [wrong.id] }]);

    // "Drill my misconceptions" serves that question, and logs as a drill.
    const first = await nextCardFor(db, "misconceptions", { userId: user.id });
    expect(first.kind === "card" && first.card.questionId).toBe(question.id);
    expect((await nextCardFor(db, "misconceptions", { userId: other.id })).kind).toBe("done");
  });

  it("refuses an answer naming an option the question does not have, and writes nothing", async () => {
    const user = await makeUser(db);
    const { question } = await multiWithTwoWrong();
    const response = await gradeWith(user, question.id, 1, { choiceIds: ["z"] });
    expect(response.status).toBe(422);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.cardState.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("quiz answers feeding the learner model", () => {
  async function quizOf(user: User) {
    const response = await createQuizRoute(await requestAs(user, "/api/quizzes", { body: { topicIds: ["apis", "databases", "http", "security"], count: 30 } }), {});
    const { id } = (await response.json()) as { id: string };
    return { id, items: await db.quizQuestion.findMany({ where: { quizId: id }, include: { question: true }, orderBy: { position: "asc" } }) };
  }
  const put = async (user: User, quizId: string, body: unknown) => saveAnswerRoute(await requestAs(user, "/x", { method: "PUT", body }), ctx(quizId));

  it("never stores more time on a question than the quiz has been running", async () => {
    const user = await makeUser(db);
    const { id, items } = await quizOf(user);
    const first = items[0]!;
    expect((await put(user, id, { questionId: first.questionId, flagged: true, timeSpentMs: 3_600_000 })).status).toBe(200);
    const stored = await db.quizQuestion.findUniqueOrThrow({ where: { id: first.id } });
    expect(stored.timeSpentMs).toBeLessThan(60_000);
  });

  it("counts a right but slow answer as Hard, keeps a half-right multi-select's partial credit, and stores the answers", async () => {
    const user = await makeUser(db);
    // A typical time for every type: six practice answers of about 5 s each.
    const sample = await db.question.findMany({ where: { retiredAt: null }, orderBy: { id: "asc" } });
    for (const type of ["single", "multi", "code", "order"]) {
      for (const q of sample.filter((s) => s.type === type).slice(-6)) {
        await grade(await requestAs(user, "/x", { body: { questionId: q.id, rating: 3, clientKey: randomUUID(), durationMs: 5000 } }), {});
      }
    }
    const { id, items } = await quizOf(user);
    // The quiz began two minutes ago, so 40 s on one question is time it really had.
    await db.quiz.update({ where: { id }, data: { startedAt: new Date(Date.now() - 120_000) } });
    const slow = items.find((i) => i.question.type === "single")!;
    const usual = items.find((i) => i.question.type === "code") ?? items.filter((i) => i.question.type === "single")[1]!;
    const halfRight = (q: { type: string; choices: string | null }) => q.type === "multi" && (JSON.parse(q.choices!) as Choice[]).filter((c) => c.correct).length >= 2;
    let half = items.find((i) => halfRight(i.question));
    if (!half) {
      // The draw is random and can miss every multi-select with two right options (CI met one): put one in.
      const spare = items.find((i) => i !== slow && i !== usual)!;
      const pool = await db.question.findMany({ where: { type: "multi", retiredAt: null, ownerId: null, topicId: spare.question.topicId, id: { notIn: items.map((i) => i.questionId) } } });
      const question = pool.find(halfRight)!;
      await db.quizQuestion.update({ where: { id: spare.id }, data: { questionId: question.id } });
      half = { ...spare, questionId: question.id, question };
    }
    const rightOf = (q: { choices: string | null }) => (JSON.parse(q.choices!) as Choice[]).filter((c) => c.correct).map((c) => c.id);
    expect((await put(user, id, { questionId: slow.questionId, answer: { choiceIds: rightOf(slow.question) }, timeSpentMs: 40_000 })).status).toBe(200);
    expect((await put(user, id, { questionId: usual.questionId, answer: { choiceIds: rightOf(usual.question) }, timeSpentMs: 4000 })).status).toBe(200);
    expect((await put(user, id, { questionId: half.questionId, answer: { choiceIds: rightOf(half.question).slice(0, 1) }, timeSpentMs: 4000 })).status).toBe(200);
    expect((await submitRoute(await requestAs(user, "/x", { body: {} }), ctx(id))).status).toBe(200);

    const after = new Map((await db.quizQuestion.findMany({ where: { quizId: id } })).map((i) => [i.questionId, i]));
    expect(after.get(slow.questionId)).toMatchObject({ correct: true, rating: Rating.Hard, timeSpentMs: 40_000 });
    expect(after.get(usual.questionId)).toMatchObject({ correct: true, rating: Rating.Good, partialCredit: null });
    expect(after.get(half.questionId)).toMatchObject({ correct: false, rating: Rating.Again });
    const choices = (JSON.parse(half.question.choices!) as Choice[]).length;
    expect(after.get(half.questionId)!.partialCredit).toBeCloseTo((choices - (rightOf(half.question).length - 1)) / choices);
    const log = await db.reviewLog.findFirstOrThrow({ where: { userId: user.id, questionId: half.questionId, source: "quiz" } });
    expect(JSON.parse(log.answer!)).toEqual({ choiceIds: rightOf(half.question).slice(0, 1) });
  });
});

import { describe, expect, it } from "vitest";
import { POST as createQuizRoute } from "@/app/api/quizzes/route";
import { PUT as saveAnswerRoute } from "@/app/api/quizzes/[id]/answers/route";
import { POST as retakeRoute } from "@/app/api/quizzes/[id]/retake/route";
import { POST as selfGradeRoute } from "@/app/api/quizzes/[id]/self-grade/route";
import { POST as submitRoute } from "@/app/api/quizzes/[id]/submit/route";
import type { Choice, OrderStep } from "@/lib/content/question";
import { db } from "@/lib/db";
import { getActiveQuiz } from "@/lib/server/quiz/get-active-quiz";
import { getQuizResults } from "@/lib/server/quiz/get-quiz-results";
import { requestAs } from "../support/auth";
import { makeUser } from "../support/users";

type User = { id: string; email: string };
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

async function startQuiz(user: User, body: Record<string, unknown> = {}) {
  const response = await createQuizRoute(await requestAs(user, "/api/quizzes", { body: { topicIds: ["apis", "security"], count: 6, ...body } }), {});
  return { response, json: (await response.json()) as { id?: string; error?: { message: string } } };
}

async function items(quizId: string) {
  return db.quizQuestion.findMany({ where: { quizId }, orderBy: { position: "asc" }, include: { question: true } });
}

const answerFor = (question: { type: string; choices: string | null; steps: string | null }, right: boolean) => {
  if (question.type === "flashcard") return { text: "my recollection" };
  if (question.type === "order") {
    const ids = (JSON.parse(question.steps!) as OrderStep[]).map((s) => s.id);
    return { order: right ? ids : [...ids].reverse() };
  }
  const choices = JSON.parse(question.choices!) as Choice[];
  return { choiceIds: choices.filter((c) => (right ? c.correct : !c.correct)).map((c) => c.id).slice(0, question.type === "multi" ? 6 : 1) };
};

const put = async (user: User, quizId: string, body: unknown) => saveAnswerRoute(await requestAs(user, "/x", { method: "PUT", body }), ctx(quizId));

describe("the quiz in progress", () => {
  it("is the learner's latest running quiz with its saved answers counted, and none once submitted or for anyone else", async () => {
    const user = await makeUser(db);
    const other = await makeUser(db);
    const { json } = await startQuiz(user);
    const [first] = await items(json.id!);
    expect((await put(user, json.id!, { questionId: first!.questionId, answer: answerFor(first!.question, true) })).status).toBe(200);
    const quiz = await db.quiz.findUniqueOrThrow({ where: { id: json.id! } });
    expect(await getActiveQuiz(db, { userId: user.id })).toEqual({ id: quiz.id, deadline: quiz.deadline, total: 6, answered: 1 });
    expect(await getActiveQuiz(db, { userId: other.id })).toBeNull();
    // Past its deadline it is no longer running, whatever its status says.
    expect(await getActiveQuiz(db, { userId: user.id, now: new Date(quiz.deadline.getTime() + 1) })).toBeNull();
    expect((await submitRoute(await requestAs(user, "/x", { body: {} }), ctx(quiz.id))).status).toBe(200);
    expect(await getActiveQuiz(db, { userId: user.id })).toBeNull();
  });
});

describe("creating a quiz", () => {
  it("stores a balanced draw without duplicates and starts the clock", async () => {
    const user = await makeUser(db);
    const { response, json } = await startQuiz(user, { timeLimitMinutes: 7 });
    expect(response.status).toBe(200);
    const quiz = await db.quiz.findUniqueOrThrow({ where: { id: json.id! } });
    expect(quiz.deadline.getTime() - quiz.startedAt.getTime()).toBe(7 * 60_000);
    const drawn = await items(quiz.id);
    expect(drawn).toHaveLength(6);
    expect(new Set(drawn.map((i) => i.questionId)).size).toBe(6);
    expect(drawn.filter((i) => i.question.topicId === "apis")).toHaveLength(3);
  });

  it.each([
    ["zero questions", { count: 0 }, /at least 5 questions/],
    ["an unknown topic", { topicIds: ["astrology"] }, /Unknown topic "astrology"/],
    ["no topic", { topicIds: [] }, /at least one topic/],
    ["a time limit over two hours", { timeLimitMinutes: 121 }, /at most 120 minutes/],
    ["more than the bank holds", { topicIds: ["architecture"], difficulties: ["hard"], count: 50 }, /Only \d+ questions match/],
  ])("refuses %s with a clear message and creates nothing", async (_label, body, message) => {
    const user = await makeUser(db);
    const { response, json } = await startQuiz(user, body);
    expect(response.status).toBe(422);
    expect(json.error!.message).toMatch(message);
    expect(await db.quiz.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("answering", () => {
  it("saves answers and flags as the user goes", async () => {
    const user = await makeUser(db);
    const { json } = await startQuiz(user);
    const [first] = await items(json.id!);
    const response = await put(user, json.id!, { questionId: first!.questionId, answer: answerFor(first!.question, true), flagged: true });
    expect(response.status).toBe(200);
    const saved = await db.quizQuestion.findUniqueOrThrow({ where: { id: first!.id } });
    expect(saved.flagged).toBe(true);
    expect(JSON.parse(saved.answer!)).toEqual(answerFor(first!.question, true));
  });

  it("refuses a question that is not in the quiz, a foreign option, and an ordering that is not a permutation", async () => {
    const user = await makeUser(db);
    const { json } = await startQuiz(user, { topicIds: ["http"], count: 20 });
    const drawn = await items(json.id!);
    const outsider = await db.question.findFirstOrThrow({ where: { id: { notIn: drawn.map((d) => d.questionId) } } });
    const notInQuiz = await put(user, json.id!, { questionId: outsider.id, answer: { text: "x" } });
    expect(notInQuiz.status).toBe(422);
    expect(((await notInQuiz.json()) as { error: { message: string } }).error.message).toMatch(/not part of this quiz/);

    const choice = drawn.find((d) => d.question.type === "single" || d.question.type === "code")!;
    const foreign = await put(user, json.id!, { questionId: choice.questionId, answer: { choiceIds: ["z"] } });
    expect(foreign.status).toBe(422);
    expect(((await foreign.json()) as { error: { message: string } }).error.message).toMatch(/does not belong/);

    const order = drawn.find((d) => d.question.type === "order");
    if (order) {
      const ids = (JSON.parse(order.question.steps!) as OrderStep[]).map((s) => s.id);
      const repeated = await put(user, json.id!, { questionId: order.questionId, answer: { order: [ids[0], ids[0], ...ids.slice(2)] } });
      expect(repeated.status).toBe(422);
    }
    expect((await items(json.id!)).every((i) => i.answer === null)).toBe(true);
  });

  it("answers 404 for another user's quiz and changes nothing", async () => {
    const owner = await makeUser(db);
    const intruder = await makeUser(db);
    const { json } = await startQuiz(owner);
    const [first] = await items(json.id!);
    const response = await put(intruder, json.id!, { questionId: first!.questionId, answer: answerFor(first!.question, true) });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe("There is no such quiz.");
    expect((await submitRoute(await requestAs(intruder, "/x", { body: {} }), ctx(json.id!))).status).toBe(404);
    await expect(getQuizResults(db, { userId: intruder.id, quizId: json.id! })).rejects.toThrow("There is no such quiz.");
    expect((await items(json.id!)).every((i) => i.answer === null)).toBe(true);
  });

  it("refuses answers after the deadline, closes the quiz as expired and scores what was saved", async () => {
    const user = await makeUser(db);
    const { json } = await startQuiz(user);
    const [first, second] = await items(json.id!);
    await put(user, json.id!, { questionId: first!.questionId, answer: answerFor(first!.question, true) });
    // The clock ran out ten seconds ago: past the deadline and its grace.
    await db.quiz.update({ where: { id: json.id! }, data: { deadline: new Date(Date.now() - 10_000) } });
    const late = await put(user, json.id!, { questionId: second!.questionId, answer: answerFor(second!.question, true) });
    expect(late.status).toBe(409);
    expect(((await late.json()) as { error: { message: string } }).error.message).toMatch(/Time is up/);
    expect((await db.quizQuestion.findUniqueOrThrow({ where: { id: second!.id } })).answer).toBeNull();
    const quiz = await db.quiz.findUniqueOrThrow({ where: { id: json.id! } });
    expect(quiz.status).toBe("expired");
    const expectedLogs = first!.question.type === "flashcard" ? 0 : 1;
    expect(await db.reviewLog.count({ where: { userId: user.id, source: "quiz" } })).toBe(expectedLogs);
  });

  it("accepts an answer inside the few seconds of grace", async () => {
    const user = await makeUser(db);
    const { json } = await startQuiz(user);
    const [first] = await items(json.id!);
    await db.quiz.update({ where: { id: json.id! }, data: { deadline: new Date(Date.now() - 1_000) } });
    expect((await put(user, json.id!, { questionId: first!.questionId, answer: answerFor(first!.question, true) })).status).toBe(200);
  });
});

describe("submitting", () => {
  it("writes one CardState update and one quiz ReviewLog per scored answer, once, and refuses a second submit", async () => {
    const user = await makeUser(db);
    const { json } = await startQuiz(user, { topicIds: ["dsa"], count: 10 });
    const drawn = await items(json.id!);
    for (const [i, item] of drawn.entries()) {
      await put(user, json.id!, { questionId: item.questionId, answer: answerFor(item.question, i % 2 === 0) });
    }
    const first = await submitRoute(await requestAs(user, "/x", { body: {} }), ctx(json.id!));
    expect(first.status).toBe(200);
    const scorable = drawn.filter((d) => d.question.type !== "flashcard");
    const logs = await db.reviewLog.findMany({ where: { userId: user.id } });
    expect(logs).toHaveLength(scorable.length);
    expect(logs.every((l) => l.source === "quiz")).toBe(true);
    expect(await db.cardState.count({ where: { userId: user.id } })).toBe(scorable.length);
    for (const item of scorable) {
      const right = drawn.indexOf(item) % 2 === 0;
      expect(logs.find((l) => l.questionId === item.questionId)!.rating, item.questionId).toBe(right ? 3 : 1);
    }

    const second = await submitRoute(await requestAs(user, "/x", { body: {} }), ctx(json.id!));
    expect(second.status).toBe(409);
    expect(((await second.json()) as { error: { message: string } }).error.message).toMatch(/already submitted/);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(scorable.length);

    const results = await getQuizResults(db, { userId: user.id, quizId: json.id! });
    expect(results.scored).toBe(scorable.length);
    expect(results.correct).toBe(scorable.filter((s) => drawn.indexOf(s) % 2 === 0).length);
    expect(results.byTopic).toEqual([expect.objectContaining({ key: "dsa", total: scorable.length })]);
  });

  it("lets the learner grade free recall once, on the results", async () => {
    const user = await makeUser(db);
    const { json } = await startQuiz(user, { topicIds: ["databases"], count: 20 });
    const recall = (await items(json.id!)).find((i) => i.question.type === "flashcard")!;
    const early = await selfGradeRoute(await requestAs(user, "/x", { body: { questionId: recall.questionId, rating: 3 } }), ctx(json.id!));
    expect(early.status).toBe(409);
    await submitRoute(await requestAs(user, "/x", { body: {} }), ctx(json.id!));
    const graded = await selfGradeRoute(await requestAs(user, "/x", { body: { questionId: recall.questionId, rating: 2 } }), ctx(json.id!));
    expect(graded.status).toBe(200);
    const again = await selfGradeRoute(await requestAs(user, "/x", { body: { questionId: recall.questionId, rating: 4 } }), ctx(json.id!));
    expect(again.status).toBe(409);
    const logs = await db.reviewLog.findMany({ where: { userId: user.id, questionId: recall.questionId } });
    expect(logs.map((l) => [l.rating, l.source])).toEqual([[2, "quiz"]]);
  });

  it("retakes only the missed questions", async () => {
    const user = await makeUser(db);
    const { json } = await startQuiz(user, { topicIds: ["http"], count: 8 });
    const drawn = await items(json.id!);
    const scorable = drawn.filter((d) => d.question.type !== "flashcard");
    await put(user, json.id!, { questionId: scorable[0]!.questionId, answer: answerFor(scorable[0]!.question, true) });
    await submitRoute(await requestAs(user, "/x", { body: {} }), ctx(json.id!));
    const response = await retakeRoute(await requestAs(user, "/x", { body: {} }), ctx(json.id!));
    expect(response.status).toBe(200);
    const retake = (await response.json()) as { id: string };
    const retaken = (await items(retake.id)).map((i) => i.questionId).sort();
    expect(retaken).toEqual(scorable.slice(1).map((s) => s.questionId).sort());
  });
});

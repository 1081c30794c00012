// Quizzes are capped: a few running at once per user, and a limited number of starts an hour.
import { describe, expect, it } from "vitest";
import { POST as createQuizRoute } from "@/app/api/quizzes/route";
import { POST as submitRoute } from "@/app/api/quizzes/[id]/submit/route";
import { db } from "@/lib/db";
import { MAX_ACTIVE_QUIZZES, QUIZ_START_POLICY } from "@/lib/server/quiz/start-quiz";
import { requestAs } from "../support/auth";
import { makeUser } from "../support/users";

const start = async (user: { id: string; email: string }) => createQuizRoute(await requestAs(user, "/api/quizzes", { body: { topicIds: ["apis", "databases"], count: 50 } }), {});
const message = async (response: Response) => ((await response.json()) as { error: { message: string } }).error.message;

describe("starting quizzes", () => {
  it(`allows ${MAX_ACTIVE_QUIZZES} running at once, refuses the next with 409, and allows another once one is submitted`, async () => {
    const user = await makeUser(db);
    const ids: string[] = [];
    for (let i = 0; i < MAX_ACTIVE_QUIZZES; i++) {
      const response = await start(user);
      expect(response.status).toBe(200);
      ids.push(((await response.json()) as { id: string }).id);
    }
    const refused = await start(user);
    expect(refused.status).toBe(409);
    expect(await message(refused)).toMatch(/already have 3 quizzes running/);
    expect(await db.quiz.count({ where: { userId: user.id } })).toBe(MAX_ACTIVE_QUIZZES);
    expect((await submitRoute(await requestAs(user, "/x", { body: {} }), { params: Promise.resolve({ id: ids[0]! }) })).status).toBe(200);
    expect((await start(user)).status).toBe(200);
  });

  it(`never lets a parallel burst of 100 run more than ${MAX_ACTIVE_QUIZZES}, and leaves no half-made quiz behind`, async () => {
    const user = await makeUser(db);
    const statuses = await Promise.all(Array.from({ length: 100 }, async () => (await start(user)).status));
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(MAX_ACTIVE_QUIZZES);
    expect(statuses.every((s) => s === 200 || s === 409 || s === 429)).toBe(true);
    const quizzes = await db.quiz.count({ where: { userId: user.id } });
    expect(quizzes).toBeLessThanOrEqual(MAX_ACTIVE_QUIZZES);
    expect(await db.quizQuestion.count({ where: { quiz: { userId: user.id } } })).toBe(quizzes * 50);
  });

  it(`limits starts to ${QUIZ_START_POLICY.maxFailures} an hour with a 429 that says how long to wait`, async () => {
    const user = await makeUser(db);
    for (let i = 0; i < QUIZ_START_POLICY.maxFailures; i++) {
      const response = await start(user);
      if (response.status === 200) {
        const { id } = (await response.json()) as { id: string };
        await submitRoute(await requestAs(user, "/x", { body: {} }), { params: Promise.resolve({ id }) });
      }
    }
    const refused = await start(user);
    expect(refused.status).toBe(429);
    expect(await message(refused)).toMatch(/Wait 10 minutes/);
  });
});

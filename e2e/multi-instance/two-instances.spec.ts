import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { testDb } from "../support/db";
import { E2E_DATABASE_URL, E2E_PORT, E2E_SECOND_PORT } from "../support/env";
import { PASSWORD, register } from "../support/flows";

// A second `next start` on another port, on the same PostgreSQL database as the first.
let second: ChildProcess;
const A = `http://127.0.0.1:${E2E_PORT}`;
const B = `http://127.0.0.1:${E2E_SECOND_PORT}`;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  second = spawn("node_modules/.bin/next", ["start", "-p", String(E2E_SECOND_PORT)], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789", LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${B}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("second instance did not start");
});

test.afterAll(() => {
  second?.kill("SIGTERM");
});

const json = async <T>(response: Awaited<ReturnType<APIRequestContext["get"]>>) => {
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
};

test("one user's session, grades, undo and quiz deadline work while requests alternate between two instances", async ({ page }) => {
  const email = await register(page);
  const api = page.request;
  type Card = { kind: string; card: { questionId: string; clientKey: string } };

  // Practise: fetch on A, grade on B, fetch on B, grade on A, undo on B.
  let next = await json<Card>(await api.get(`${A}/api/practice/next`));
  let graded = await json<{ reviewId: string; next: Card }>(await api.post(`${B}/api/practice/grade`, { data: { questionId: next.card.questionId, rating: 3, clientKey: next.card.clientKey } }));
  next = await json<Card>(await api.get(`${B}/api/practice/next`));
  graded = await json<{ reviewId: string; next: Card }>(await api.post(`${A}/api/practice/grade`, { data: { questionId: next.card.questionId, rating: 3, clientKey: next.card.clientKey } }));
  // The same submit retried on the other instance is recognised and writes nothing.
  const retried = await json<{ duplicate: boolean }>(await api.post(`${B}/api/practice/grade`, { data: { questionId: next.card.questionId, rating: 3, clientKey: next.card.clientKey } }));
  expect(retried.duplicate).toBe(true);
  await json(await api.post(`${B}/api/practice/undo`, { data: { reviewId: graded.reviewId } }));
  const user = await testDb.user.findUniqueOrThrow({ where: { email } });
  expect(await testDb.reviewLog.count({ where: { userId: user.id } })).toBe(1);

  // A quiz started on B, answered on A, with its deadline enforced by whichever instance is asked.
  const quiz = await json<{ id: string }>(await api.post(`${B}/api/quizzes`, { data: { topicIds: ["apis"], count: 5, timeLimitMinutes: 5 } }));
  const item = await testDb.quizQuestion.findFirstOrThrow({ where: { quizId: quiz.id, position: 0 } });
  await json(await api.put(`${A}/api/quizzes/${quiz.id}/answers`, { data: { questionId: item.questionId, flagged: true } }));
  await testDb.quiz.update({ where: { id: quiz.id }, data: { deadline: new Date(Date.now() - 60_000) } });
  const late = await api.put(`${B}/api/quizzes/${quiz.id}/answers`, { data: { questionId: item.questionId, flagged: false } });
  expect(late.status()).toBe(409);
  expect((await testDb.quiz.findUniqueOrThrow({ where: { id: quiz.id } })).status).toBe("expired");
  expect((await api.post(`${A}/api/quizzes/${quiz.id}/submit`, { data: {} })).status()).toBe(409);

  // The page itself, served by the second instance, knows the session the first one issued.
  await page.goto(`${B}/progress`);
  await expect(page.getByRole("heading", { name: "Mastery by topic" })).toBeVisible();

  // Sign-in failures counted on A lock the account on B.
  const anonymous = await page.context().browser()!.newContext();
  const signIn = async (base: string, password: string) => {
    const csrf = await json<{ csrfToken: string }>(await anonymous.request.get(`${base}/api/auth/csrf`));
    return anonymous.request.post(`${base}/api/auth/callback/credentials`, { form: { email, password, csrfToken: csrf.csrfToken, json: "true" }, maxRedirects: 0 });
  };
  for (let i = 0; i < 5; i++) await signIn(i % 2 ? A : B, "not the password");
  const locked = await signIn(B, PASSWORD);
  // next-auth answers with the error in a redirect URL, in the Location header or a JSON body.
  const where = decodeURIComponent(`${locked.headers()["location"] ?? ""} ${await locked.text()}`).replace(/\+/g, " ");
  expect(where).toContain("Too many failed sign-ins");
  await anonymous.close();
});

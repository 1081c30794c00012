// Runs the corpus in tests/corpus against every authenticated endpoint and the public register action.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { registerAction } from "@/app/(auth)/register/actions";
import { GET as exportCards } from "@/app/api/export/cards/route";
import { GET as exportReviews } from "@/app/api/export/reviews/route";
import { POST as grade } from "@/app/api/practice/grade/route";
import { GET as next } from "@/app/api/practice/next/route";
import { POST as undo } from "@/app/api/practice/undo/route";
import { PUT as saveAnswer } from "@/app/api/quizzes/[id]/answers/route";
import { POST as retake } from "@/app/api/quizzes/[id]/retake/route";
import { POST as selfGrade } from "@/app/api/quizzes/[id]/self-grade/route";
import { POST as submit } from "@/app/api/quizzes/[id]/submit/route";
import { POST as createQuiz } from "@/app/api/quizzes/route";
import { db } from "@/lib/db";
import { createQuiz as startQuiz } from "@/lib/server/quiz/create-quiz";
import { NextRequest } from "next/server";
import { bodiesWithString, HOSTILE_BODIES, HOSTILE_RAW, HOSTILE_STRINGS, nestedBody, nestedJson } from "../corpus/malformed-inputs";
import { requestAs } from "../support/auth";
import { makeUser } from "../support/users";

type Handler = (req: Request, ctx: unknown) => Promise<Response>;

async function expectClearRefusal(response: Response, label: string) {
  expect(response.status, label).toBeGreaterThanOrEqual(400);
  expect(response.status, label).toBeLessThan(500);
  const text = await response.text();
  const body = JSON.parse(text) as { error?: { message?: string } };
  expect(body.error?.message, label).toMatch(/\w{3,}/);
  expect(text, label).not.toMatch(/\bat .+\.(ts|js):\d+|node_modules|stack/i);
}

describe("malformed input", () => {
  it("gets a clear 4xx from every endpoint that takes a body, and changes nothing", async () => {
    const user = await makeUser(db);
    const quiz = await startQuiz(db, { userId: user.id, topicIds: ["apis"], count: 5, difficulties: [] });
    const ctx = { params: Promise.resolve({ id: quiz.id }) };
    const endpoints: [string, Handler, string, unknown][] = [
      ["POST /api/practice/grade", grade as Handler, "POST", {}],
      ["POST /api/practice/undo", undo as Handler, "POST", {}],
      ["POST /api/quizzes", createQuiz as Handler, "POST", {}],
      ["PUT /api/quizzes/:id/answers", saveAnswer as Handler, "PUT", ctx],
      ["POST /api/quizzes/:id/self-grade", selfGrade as Handler, "POST", ctx],
    ];
    const payloads: [string, { body?: unknown; rawBody?: Uint8Array }][] = [
      ...Object.entries(HOSTILE_BODIES).map(([name, body]): [string, { body: unknown }] => [name, { body }]),
      ...Object.entries(HOSTILE_RAW).map(([name, rawBody]): [string, { rawBody: Uint8Array }] => [name, { rawBody }]),
      ...Object.entries(HOSTILE_STRINGS).map(([name, value]): [string, { body: unknown }] => [`every field = ${name}`, { body: bodiesWithString(value) }]),
    ];
    for (const [endpoint, handler, method, context] of endpoints) {
      for (const [name, payload] of payloads) {
        const req = await requestAs(user, "/x", { method, ...(payload.rawBody ? { rawBody: payload.rawBody } : { body: payload.body }) });
        await expectClearRefusal(await handler(req, context), `${endpoint} with ${name}`);
      }
    }
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.quiz.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.quizQuestion.count({ where: { quizId: quiz.id, answer: { not: null } } })).toBe(0);
  });

  it("gets a clear 4xx from every endpoint that reads the query string or an id", async () => {
    const user = await makeUser(db);
    for (const [name, value] of Object.entries(HOSTILE_STRINGS)) {
      if (value.length > 8192) continue; // a URL that long is refused by any server before the app sees it
      // A lone surrogate cannot be percent-encoded; send its invalid UTF-8 bytes instead.
      const q = value === HOSTILE_STRINGS["lone surrogate"] ? "%ED%A0%80" : encodeURIComponent(value);
      await expectClearRefusal(await next(await requestAs(user, `/api/practice/next?topic=${q}`), {}), `next?topic=${name}`);
      await expectClearRefusal(await next(await requestAs(user, `/api/practice/next?mode=${q}`), {}), `next?mode=${name}`);
      await expectClearRefusal(await exportCards(await requestAs(user, `/api/export/cards?format=${q}`), {}), `cards?format=${name}`);
      await expectClearRefusal(await exportReviews(await requestAs(user, `/api/export/reviews?format=${q}`), {}), `reviews?format=${name}`);
      const ctx = { params: Promise.resolve({ id: value }) };
      await expectClearRefusal(await submit(await requestAs(user, "/x", { body: {} }), ctx), `submit id=${name}`);
      await expectClearRefusal(await retake(await requestAs(user, "/x", { body: {} }), ctx), `retake id=${name}`);
    }
  });

  it("gets clear field errors from the register form, which needs no session", async () => {
    for (const [name, value] of Object.entries(HOSTILE_STRINGS)) {
      const form = new FormData();
      form.set("email", value);
      form.set("password", value);
      form.set("name", value);
      form.set("timeZone", value);
      const result = await registerAction(form);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(Object.values(result.fieldErrors).join(" "), name).toMatch(/\w{3,}/);
    }
    const form = new FormData();
    form.set("email", `fine-${randomUUID()}@example.com`);
    form.set("password", HOSTILE_STRINGS["1 MB string"]!);
    const result = await registerAction(form);
    expect(result.ok).toBe(false);
  });

  it("answers a body over 100 KB with 413 and one nested past 32 levels with 422, without overflowing the stack", async () => {
    const user = await makeUser(db);
    const big = await grade(await requestAs(user, "/x", { rawBody: nestedBody(10 * 1024 * 1024) }), {});
    expect(big.status).toBe(413);
    const deep = await grade(await requestAs(user, "/x", { rawBody: new TextEncoder().encode(nestedJson(40_000)) }), {}); // 80 KB, under the cap
    expect(deep.status).toBe(422);
    expect(((await deep.json()) as { error: { message: string } }).error.message).toMatch(/nested more than 32 levels/);
    // 32 levels is still parsed and reaches the schema, which names the missing field.
    const shallow = await grade(await requestAs(user, "/x", { body: { questionId: JSON.parse(nestedJson(30)) as unknown } }), {});
    expect(shallow.status).toBe(422);
    expect(((await shallow.json()) as { error: { message: string } }).error.message).not.toMatch(/nested/);
  });

  it("stops reading a streamed body at the cap instead of buffering all of it", async () => {
    const user = await makeUser(db);
    const cookie = (await requestAs(user, "/x")).headers.get("cookie")!;
    const chunk = new Uint8Array(64 * 1024).fill(0x5b); // "[[[[…"
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 160) controller.close(); // 10 MB in all
        else controller.enqueue(chunk);
      },
    });
    const req = new NextRequest("http://localhost/api/practice/grade", { method: "POST", headers: { cookie, "content-type": "application/json" }, body, duplex: "half" });
    expect((await grade(req, {})).status).toBe(413);
    expect(pulled).toBeLessThan(10);
  });
});

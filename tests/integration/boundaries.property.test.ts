// Property-based tests (fast-check) on every zod boundary: arbitrary JSON, strings and forms get a
// clear 4xx (or a failed action result) and change nothing in the database.
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
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
import { hashPassword } from "@/lib/auth/password";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { createQuiz as startQuiz } from "@/lib/server/quiz/create-quiz";
import { changePasswordSchema, deleteAccountSchema } from "@/lib/validation/account";
import { registerSchema, signInSchema } from "@/lib/validation/auth";
import { gradeRequestSchema, undoRequestSchema } from "@/lib/validation/practice";
import { createQuizSchema, saveAnswerSchema, selfGradeSchema } from "@/lib/validation/quiz";
import { settingsSchema } from "@/lib/validation/settings";
import { requestAs, sessionCookie } from "../support/auth";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: null } }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: () => Promise.resolve(session.user) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { saveSettingsAction } = await import("@/app/(app)/settings/actions");
const { changePasswordAction, deleteAccountAction } = await import("@/app/(app)/settings/account-actions");
const { registerAction } = await import("@/app/(auth)/register/actions");

const RUNS = { numRuns: 60 };
type Handler = (req: Request, ctx: unknown) => Promise<Response>;
type Schema = { safeParse: (v: unknown) => { success: boolean } };

/** Arbitrary JSON, and objects with the schema's own keys holding arbitrary JSON (closer to valid). */
const bodies = (keys: string[]) =>
  fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom(...keys, "__proto__", "extra"), fc.jsonValue(), { maxKeys: keys.length + 2 }));

async function expect4xx(response: Response, label: string) {
  expect(response.status, label).toBeGreaterThanOrEqual(400);
  expect(response.status, label).toBeLessThan(500);
  expect(((await response.json()) as { error?: { message?: string } }).error?.message, label).toMatch(/\w{3,}/);
}

async function snapshot(userId: string) {
  return JSON.stringify(
    await Promise.all([
      db.user.findUniqueOrThrow({ where: { id: userId } }),
      db.reviewLog.count({ where: { userId } }),
      db.cardState.findMany({ where: { userId }, orderBy: { id: "asc" } }),
      db.quiz.findMany({ where: { userId }, orderBy: { id: "asc" } }),
      db.quizQuestion.findMany({ where: { quiz: { userId } }, orderBy: { id: "asc" } }),
      db.user.count(),
    ]),
  );
}

async function userWithQuiz() {
  const user = await db.user.create({ data: { email: `prop-${crypto.randomUUID()}@example.com`, passwordHash: await hashPassword("orbit velvet canyon lamp") } });
  const quiz = await startQuiz(db, { userId: user.id, topicIds: ["databases"], count: 5, difficulties: [] });
  session.user = { id: user.id, email: user.email, name: null };
  return { user, quiz, cookie: await sessionCookie(user) };
}

describe("every JSON route handler", () => {
  const routes: [string, Handler, string, Schema, string[]][] = [
    ["POST /api/practice/grade", grade as Handler, "POST", gradeRequestSchema, ["questionId", "rating", "clientKey", "durationMs", "topicId", "mode"]],
    ["POST /api/practice/undo", undo as Handler, "POST", undoRequestSchema, ["reviewId", "topicId", "mode"]],
    ["POST /api/quizzes", createQuiz as Handler, "POST", createQuizSchema, ["topicIds", "count", "difficulties", "timeLimitMinutes"]],
    ["PUT /api/quizzes/:id/answers", saveAnswer as Handler, "PUT", saveAnswerSchema, ["questionId", "answer", "flagged"]],
    ["POST /api/quizzes/:id/self-grade", selfGrade as Handler, "POST", selfGradeSchema, ["questionId", "rating"]],
  ];
  for (const [name, handler, method, schema, keys] of routes) {
    it(`${name} answers arbitrary JSON that its schema refuses with a 4xx and changes nothing`, async () => {
      const { user, quiz, cookie } = await userWithQuiz();
      const before = await snapshot(user.id);
      await fc.assert(
        fc.asyncProperty(bodies(keys), async (body) => {
          fc.pre(!schema.safeParse(body).success);
          const req = await requestAs(user, "/x", { method, body, cookie });
          await expect4xx(await handler(req, { params: Promise.resolve({ id: quiz.id }) }), `${name} ${JSON.stringify(body)}`);
        }),
        RUNS,
      );
      expect(await snapshot(user.id)).toBe(before);
    });
  }
});

describe("every query-string and path-parameter boundary", () => {
  it("answers arbitrary topic, mode and format values, and arbitrary quiz ids, with a 4xx and changes nothing", async () => {
    const { user, cookie } = await userWithQuiz();
    const before = await snapshot(user.id);
    const valid = new Set(["apis", "databases", "http", "security", "dsa", "architecture", "practice", "drill", "csv", "json", ""]);
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 40 }), async (value) => {
        fc.pre(!valid.has(value) && value.isWellFormed());
        const q = encodeURIComponent(value);
        for (const [label, handler, url] of [
          ["next?topic", next, `/api/practice/next?topic=${q}`],
          ["next?mode", next, `/api/practice/next?mode=${q}`],
          ["cards?format", exportCards, `/api/export/cards?format=${q}`],
          ["reviews?format", exportReviews, `/api/export/reviews?format=${q}`],
        ] as const) {
          const response = await (handler as Handler)(await requestAs(user, url, { cookie }), {});
          // A topic that exists but was not listed above is fine to serve; anything else is refused.
          if (response.status === 200 && label === "next?topic") continue;
          await expect4xx(response, `${label}=${JSON.stringify(value)}`);
        }
        for (const [label, handler] of [["submit", submit], ["retake", retake]] as const) {
          await expect4xx(await (handler as Handler)(await requestAs(user, "/x", { body: {}, cookie }), { params: Promise.resolve({ id: value }) }), `${label} id=${JSON.stringify(value)}`);
        }
      }),
      RUNS,
    );
    expect(await snapshot(user.id)).toBe(before);
  });
});

describe("every server action", () => {
  const formOf = (fields: Record<string, string>) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    return form;
  };
  const fields = (keys: string[]) => fc.dictionary(fc.constantFrom(...keys), fc.string({ maxLength: 300 }), { maxKeys: keys.length });

  it("settings, change password and delete account refuse arbitrary forms their schemas refuse, and arbitrary non-forms, changing nothing", async () => {
    const { user } = await userWithQuiz();
    const before = await snapshot(user.id);
    await fc.assert(
      fc.asyncProperty(fields(["newCardsPerDay", "timeZone", "interviewDate", "currentPassword", "newPassword", "password", "confirm"]), async (values) => {
        const form = formOf(values);
        if (!settingsSchema.safeParse({ newCardsPerDay: values.newCardsPerDay ?? null, timeZone: values.timeZone ?? null, interviewDate: values.interviewDate }).success) {
          expect((await saveSettingsAction({ status: "idle" }, form)).status).toBe("error");
        }
        if (!changePasswordSchema.safeParse({ currentPassword: values.currentPassword ?? null, newPassword: values.newPassword ?? null }).success) {
          expect((await changePasswordAction(form)).ok).toBe(false);
        }
        if (!deleteAccountSchema.safeParse({ password: values.password ?? null, confirm: values.confirm ?? null }).success) {
          expect((await deleteAccountAction(form)).ok).toBe(false);
        }
      }),
      RUNS,
    );
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (notAForm) => {
        expect((await saveSettingsAction({ status: "idle" }, notAForm as unknown as FormData)).status).toBe("error");
        expect((await changePasswordAction(notAForm as unknown as FormData)).ok).toBe(false);
        expect((await deleteAccountAction(notAForm as unknown as FormData)).ok).toBe(false);
        expect((await registerAction(notAForm as unknown as FormData)).ok).toBe(false);
      }),
      RUNS,
    );
    expect(await snapshot(user.id)).toBe(before);
  });

  it("register refuses arbitrary forms its schema refuses, creating nobody", async () => {
    const users = await db.user.count();
    await fc.assert(
      fc.asyncProperty(fields(["name", "email", "password", "timeZone"]), async (values) => {
        fc.pre(!registerSchema.safeParse({ ...values, email: values.email ?? null, password: values.password ?? null }).success);
        const result = await registerAction(formOf(values));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(Object.values(result.fieldErrors).join(" ") + (result.formError ?? "")).toMatch(/\w{3,}/);
      }),
      RUNS,
    );
    expect(await db.user.count()).toBe(users);
  });

  it("sign-in (next-auth's authorize) refuses arbitrary credentials its schema refuses, recording nothing", async () => {
    const provider = authOptions.providers[0] as unknown as { options: { authorize: (raw: unknown, req: unknown) => Promise<unknown> } };
    const throttleRows = await db.loginThrottle.count();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom("email", "password"), fc.jsonValue())), async (raw) => {
        fc.pre(!signInSchema.safeParse(raw).success);
        expect(await provider.options.authorize(raw, { headers: {} })).toBeNull();
      }),
      RUNS,
    );
    expect(await db.loginThrottle.count()).toBe(throttleRows);
  });
});

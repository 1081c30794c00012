// Studying from the library on the real database: suspension and burial take cards out of every queue and
// give them back untouched; a chosen selection is practised outside the daily new-card limit; notes are exported.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as exportNotes } from "@/app/api/export/notes/route";
import { POST as practiceSelection } from "@/app/api/library/practice/route";
import { POST as quizSelection } from "@/app/api/library/quiz/route";
import { GET as nextRoute } from "@/app/api/practice/next/route";
import { PUT as markRoute } from "@/app/api/questions/[id]/mark/route";
import { db } from "@/lib/db";
import type { NextCardResult } from "@/lib/practice/types";
import { setMark } from "@/lib/server/library/set-mark";
import { getDrillQueue } from "@/lib/server/practice/get-drill-card";
import { getNextCard } from "@/lib/server/practice/get-next-card";
import { gradeCard } from "@/lib/server/practice/grade-card";
import { createQuiz } from "@/lib/server/quiz/create-quiz";
import { getTopicMastery } from "@/lib/server/progress/get-topic-mastery";
import { requestAs } from "../support/auth";
import { makeUser } from "../support/users";

const grade = (userId: string, questionId: string, rating: 1 | 2 | 3 | 4, now = new Date(), source: "practice" | "selection" = "practice") =>
  gradeCard(db, { userId, questionId, rating, clientKey: randomUUID(), durationMs: 0, source, now });
const put = async (user: { id: string; email: string }, id: string, body: unknown) =>
  markRoute(await requestAs(user, `/api/questions/${id}/mark`, { method: "PUT", body }), { params: Promise.resolve({ id }) });
const ctx = { params: Promise.resolve({}) };

describe("suspending and burying", () => {
  it("suspending takes a card out of the queue, drills, quizzes and mastery; unsuspending brings it back unchanged", async () => {
    const user = await makeUser(db);
    const day1 = new Date("2026-01-05T10:00:00Z");
    const q = await db.question.findFirstOrThrow({ where: { retiredAt: null, topicId: "security" }, orderBy: { position: "asc" } });
    await grade(user.id, q.id, 1, day1);
    const later = new Date("2026-01-10T10:00:00Z");
    const before = await getNextCard(db, { userId: user.id, now: later });
    expect(before.kind === "card" && before.card.questionId).toBe(q.id);
    const state = await db.cardState.findUniqueOrThrow({ where: { userId_questionId: { userId: user.id, questionId: q.id } } });
    const masteryBefore = (await getTopicMastery(db, { userId: user.id, now: later })).topics.find((t) => t.id === "security")!;

    const response = await put(user, q.id, { suspended: true });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ suspended: true });
    for (let i = 0; i < 5; i++) {
      const next = await getNextCard(db, { userId: user.id, now: later });
      expect(next.kind === "card" ? next.card.questionId : null).not.toBe(q.id);
      if (next.kind === "card") await grade(user.id, next.card.questionId, 4, later);
    }
    expect((await getNextCard(db, { userId: user.id, topicId: "security", now: later })).counts.due).toBe(0);
    expect((await getDrillQueue(db, { userId: user.id, topicId: "security", now: later })).weak).not.toContain(q.id);
    const masteryAfter = (await getTopicMastery(db, { userId: user.id, now: later })).topics.find((t) => t.id === "security")!;
    expect(masteryAfter.total).toBe(masteryBefore.total - 1);
    const quiz = await createQuiz(db, { userId: user.id, topicIds: ["security"], count: 50, difficulties: [], now: later });
    expect(await db.quizQuestion.count({ where: { quizId: quiz.id, questionId: q.id } })).toBe(0);
    expect(await db.cardState.findUniqueOrThrow({ where: { userId_questionId: { userId: user.id, questionId: q.id } } })).toEqual(state);

    expect((await put(user, q.id, { suspended: false })).status).toBe(200);
    const back = await getNextCard(db, { userId: user.id, topicId: "security", now: later });
    expect(back.kind === "card" && back.card.questionId).toBe(q.id);
    expect(await db.cardState.findUniqueOrThrow({ where: { userId_questionId: { userId: user.id, questionId: q.id } } })).toEqual(state);
  });

  it("burying hides a card until the learner's next local midnight", async () => {
    const user = await makeUser(db, { timeZone: "America/New_York" });
    const now = new Date("2026-02-03T22:00:00Z"); // 17:00 in New York
    const first = await getNextCard(db, { userId: user.id, now });
    if (first.kind !== "card") throw new Error("expected a card");
    const buried = await setMark(db, { userId: user.id, questionId: first.card.questionId, change: { buried: true }, now });
    expect(buried.buriedUntil).toBe("2026-02-04T05:00:00.000Z");
    const during = await getNextCard(db, { userId: user.id, now: new Date("2026-02-04T04:59:00Z") });
    expect(during.kind === "card" && during.card.questionId).not.toBe(first.card.questionId);
    const after = await getNextCard(db, { userId: user.id, now: new Date("2026-02-04T05:00:01Z") });
    expect(after.kind === "card" && after.card.questionId).toBe(first.card.questionId);
  });

  it("a bad mark request gets a clear 422 and changes nothing; an unknown question 404", async () => {
    const user = await makeUser(db);
    const q = await db.question.findFirstOrThrow({ where: { retiredAt: null } });
    for (const body of [{}, { flagged: "yes" }, { note: "x".repeat(10_001) }, { suspended: true, extra: 1 }, { buried: null }]) {
      const response = await put(user, q.id, body);
      expect(response.status, JSON.stringify(body).slice(0, 40)).toBe(422);
      expect(((await response.json()) as { error: { message: string } }).error.message).toBeTruthy();
    }
    expect((await put(user, "no-such-question", { flagged: true })).status).toBe(404);
    expect(await db.questionMark.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("practising a selection", () => {
  it("serves only the chosen cards, due ones first, without using up the daily new-card limit", async () => {
    const user = await makeUser(db, { newCardsPerDay: 1 });
    const now = new Date();
    const inList = await db.question.findMany({ where: { retiredAt: null, subtopic: "idempotency" }, orderBy: { position: "asc" } });
    expect(inList.length).toBeGreaterThanOrEqual(3);
    // One of them was studied long ago and is due now.
    await grade(user.id, inList[2]!.id, 3, new Date(now.getTime() - 60 * 86_400_000));
    const response = await practiceSelection(await requestAs(user, "/api/library/practice", { body: { filters: { subtopic: "idempotency" } } }), ctx);
    expect(response.status).toBe(200);
    const set = (await response.json()) as { id: string; count: number };
    expect(set.count).toBe(inList.length);

    const seen: string[] = [];
    let next = (await (await nextRoute(await requestAs(user, `/api/practice/next?mode=selection&set=${set.id}`), ctx)).json()) as NextCardResult;
    while (next.kind === "card" && seen.length < 20) {
      seen.push(next.card.questionId);
      await grade(user.id, next.card.questionId, 4, new Date(), "selection");
      next = (await (await nextRoute(await requestAs(user, `/api/practice/next?mode=selection&set=${set.id}`), ctx)).json()) as NextCardResult;
    }
    expect(seen[0]).toBe(inList[2]!.id);
    expect([...seen].sort()).toEqual(inList.map((q) => q.id).sort());
    // The daily limit of 1 is untouched: plain practice still offers a new card today.
    const practice = await getNextCard(db, { userId: user.id });
    expect(practice.counts.newAvailable).toBe(1);
  });

  it("another learner's selection is a 404, and an empty list a clear 422", async () => {
    const owner = await makeUser(db);
    const other = await makeUser(db);
    const set = (await (await practiceSelection(await requestAs(owner, "/api/library/practice", { body: { filters: { topic: "apis", difficulty: "hard" } } }), ctx)).json()) as { id: string };
    expect((await nextRoute(await requestAs(other, `/api/practice/next?mode=selection&set=${set.id}`), ctx)).status).toBe(404);
    const empty = await practiceSelection(await requestAs(owner, "/api/library/practice", { body: { filters: { q: "zzzqqqxxy" } } }), ctx);
    expect(empty.status).toBe(422);
    expect((await practiceSelection(await requestAs(owner, "/api/library/practice", { body: { filters: { topic: "nope" } } }), ctx)).status).toBe(422);
  });

  it("quizzes on a selection draw only from it and never a suspended question", async () => {
    const user = await makeUser(db);
    const list = await db.question.findMany({ where: { retiredAt: null, subtopic: "idempotency" }, select: { id: true } });
    await setMark(db, { userId: user.id, questionId: list[0]!.id, change: { suspended: true } });
    const response = await quizSelection(await requestAs(user, "/api/library/quiz", { body: { filters: { subtopic: "idempotency" }, count: 20 } }), ctx);
    expect(response.status).toBe(200);
    const { id } = (await response.json()) as { id: string };
    const drawn = await db.quizQuestion.findMany({ where: { quizId: id }, select: { questionId: true } });
    expect(drawn.length).toBe(list.length - 1);
    expect(drawn.map((d) => d.questionId)).not.toContain(list[0]!.id);
    expect(drawn.every((d) => list.some((q) => q.id === d.questionId))).toBe(true);
  });
});

describe("the export", () => {
  it("includes the learner's notes, and only theirs", async () => {
    const user = await makeUser(db);
    const other = await makeUser(db);
    const q = await db.question.findFirstOrThrow({ where: { retiredAt: null } });
    await setMark(db, { userId: user.id, questionId: q.id, change: { note: "Remember: **Idempotency-Key**, \"quoted\", comma,", flagged: true } });
    await setMark(db, { userId: other.id, questionId: q.id, change: { note: "someone else's" } });
    const json = (await (await exportNotes(await requestAs(user, "/api/export/notes?format=json"), ctx)).json()) as { questionId: string; note: string; flagged: boolean }[];
    expect(json).toEqual([expect.objectContaining({ questionId: q.id, note: 'Remember: **Idempotency-Key**, "quoted", comma,', flagged: true })]);
    const csv = await (await exportNotes(await requestAs(user, "/api/export/notes?format=csv"), ctx)).text();
    expect(csv.split("\n")[0]).toContain("note");
    expect(csv).toContain('"Remember: **Idempotency-Key**, ""quoted"", comma,"');
    expect(csv).not.toContain("someone else");
  });
});

describe("the library's boundaries", () => {
  it("answer arbitrary JSON the schemas refuse with a clear 4xx and change nothing (fast-check)", async () => {
    const fc = (await import("fast-check")).default;
    const { markSchema, selectionSchema, selectionQuizSchema } = await import("@/lib/validation/library");
    const user = await makeUser(db);
    const q = await db.question.findFirstOrThrow({ where: { retiredAt: null } });
    const state = async () => JSON.stringify([await db.questionMark.findMany({ where: { userId: user.id } }), await db.studySet.count({ where: { userId: user.id } }), await db.quiz.count({ where: { userId: user.id } })]);
    const before = await state();
    const body = (keys: string[]) => fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom(...keys, "extra"), fc.jsonValue(), { maxKeys: keys.length + 1 }));
    const expect4xx = async (response: Response) => {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(((await response.json()) as { error?: { message?: string } }).error?.message).toMatch(/\w{3,}/);
    };
    await fc.assert(
      fc.asyncProperty(body(["note", "flagged", "suspended", "buried"]), async (value) => {
        if (markSchema.safeParse(value).success) return;
        await expect4xx(await put(user, q.id, value));
      }),
      { numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(body(["filters", "count"]), async (value) => {
        if (!selectionSchema.safeParse(value).success) await expect4xx(await practiceSelection(await requestAs(user, "/api/library/practice", { body: value }), ctx));
        if (!selectionQuizSchema.safeParse(value).success) await expect4xx(await quizSelection(await requestAs(user, "/api/library/quiz", { body: value }), ctx));
      }),
      { numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), async (set) => {
        const response = await nextRoute(await requestAs(user, `/api/practice/next?mode=selection&set=${encodeURIComponent(set)}`), ctx);
        expect([404, 422]).toContain(response.status);
      }),
      { numRuns: 40 },
    );
    expect(await state()).toBe(before);
  });
});

// The library on the real database (SQLite here, PostgreSQL under TEST_POSTGRES_URL): full-text search
// through the engine's own index, filters that combine, and marks that belong to one learner only.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { searchLibrary, selectLibraryIds } from "@/lib/server/library/search-library";
import { getMarks, setMark } from "@/lib/server/library/set-mark";
import { gradeCard } from "@/lib/server/practice/grade-card";
import { libraryFiltersSchema } from "@/lib/validation/library";
import { cardFieldsFromRow } from "@/lib/server/practice/card-row";
import { retrievability, SCHEDULER_PARAMETERS } from "@/lib/srs/scheduler";
import { makeUser } from "../support/users";

const filters = (input: Record<string, string> = {}) => libraryFiltersSchema.parse(input);
const text = (segments: { text: string }[]) => segments.map((s) => s.text).join("");
const grade = (userId: string, questionId: string, rating: 1 | 2 | 3 | 4, now = new Date()) =>
  gradeCard(db, { userId, questionId, rating, clientKey: randomUUID(), durationMs: 0, source: "practice", now });

describe("library search", () => {
  it('ranks the idempotency questions first for "idempotency", with the matches highlighted', async () => {
    const user = await makeUser(db);
    const page = await searchLibrary(db, { userId: user.id, filters: filters({ q: "idempotency" }) });
    expect(page.total).toBeGreaterThan(5);
    // The idempotency questions: filed under it, tagged with it, or asking about it.
    const about = await db.question.findMany({
      where: { retiredAt: null, OR: [{ subtopic: "idempotency" }, { tags: { contains: '"idempotency"' } }] },
      select: { id: true },
    });
    expect(about.length).toBeGreaterThanOrEqual(5);
    const top = page.rows.slice(0, about.length);
    for (const row of top) expect(about.some((a) => a.id === row.id) || /idempot/i.test(text(row.prompt)), `${row.id} ranked in the top ${about.length}`).toBe(true);
    expect(page.rows.slice(0, 5).filter((row) => row.prompt.some((s) => s.hit && /idempot/i.test(s.text))).length).toBeGreaterThanOrEqual(3);
    // Every row found by another field says where: a highlighted passage.
    for (const row of page.rows.filter((r) => !r.prompt.some((s) => s.hit))) expect(row.snippet?.some((s) => s.hit), row.id).toBe(true);
  });

  it("searches the options, answer and explanation too, and stems words", async () => {
    const user = await makeUser(db);
    const question = await db.question.findFirstOrThrow({ where: { retiredAt: null, type: "single" }, orderBy: { id: "asc" } });
    const option = (JSON.parse(question.choices!) as { text: string }[])[0]!.text;
    const word = option.match(/[A-Za-z]{7,}/)?.[0];
    if (word) {
      const page = await searchLibrary(db, { userId: user.id, filters: filters({ q: word }) });
      const ids = (await selectLibraryIds(db, { userId: user.id, filters: filters({ q: word }), limit: 5000 }));
      expect(ids, `searching "${word}"`).toContain(question.id);
      expect(page.total).toBe(ids.length);
    }
    const stemmed = await searchLibrary(db, { userId: user.id, filters: filters({ q: "idempotent" }) });
    const exact = await searchLibrary(db, { userId: user.id, filters: filters({ q: "idempotency" }) });
    expect(stemmed.total).toBe(exact.total);
  });

  it("passes query syntax to the engine only as quoted words, never raw", async () => {
    const user = await makeUser(db);
    for (const q of ['"', "idempotency OR", "NEAR(a b)", "prompt:x", "*", "a AND NOT b", "it's", "') ; DROP TABLE \"Question\"; --", "\u0001x\u0002"]) {
      const page = await searchLibrary(db, { userId: user.id, filters: filters({ q }) });
      expect(page.rows.length, q).toBeGreaterThanOrEqual(0);
    }
    const nothing = await searchLibrary(db, { userId: user.id, filters: filters({ q: '"*"()' }) });
    expect(nothing).toMatchObject({ total: 0, emptyQuery: true });
    expect(await db.question.count()).toBeGreaterThan(700);
  });

  it("refuses bad filters with a clear message", () => {
    expect(() => filters({ topic: "cooking" })).toThrow(/Unknown topic/);
    expect(() => filters({ recall: "abc" })).toThrow(/whole percentage/);
    expect(() => filters({ recall: "150" })).toThrow(/between 1 and 100/);
    expect(() => filters({ flagged: "yes" })).toThrow(/on \(1\) or absent/);
    expect(() => filters({ q: "x".repeat(201) })).toThrow(/at most 200/);
    expect(() => filters({ evil: "1" })).toThrow();
  });
});

describe("library filters", () => {
  it("combine: topic, type, difficulty, tag, subtopic and state narrow together", async () => {
    const user = await makeUser(db);
    const q = await db.question.findFirstOrThrow({ where: { retiredAt: null, tags: { not: "[]" } }, orderBy: { id: "asc" } });
    const tag = (JSON.parse(q.tags) as string[])[0]!;
    const all = await searchLibrary(db, { userId: user.id, filters: filters() });
    expect(all.total).toBe(await db.question.count({ where: { retiredAt: null } }));
    const combined = await selectLibraryIds(db, { userId: user.id, filters: filters({ topic: q.topicId, type: q.type, difficulty: q.difficulty, tag, subtopic: q.subtopic }), limit: 5000 });
    const expected = await db.question.findMany({ where: { retiredAt: null, topicId: q.topicId, type: q.type, difficulty: q.difficulty, subtopic: q.subtopic, tags: { contains: `"${tag}"` } }, select: { id: true } });
    expect(combined.sort()).toEqual(expected.map((e) => e.id).sort());

    const topicOnly = await searchLibrary(db, { userId: user.id, filters: filters({ topic: q.topicId }) });
    expect(topicOnly.rows.every((r) => r.topicId === q.topicId)).toBe(true);
    expect(topicOnly.total).toBeLessThan(all.total);
  });

  it("filter by the learner's own state: new, due, failed this week, recall below, flagged, note, suspended", async () => {
    const user = await makeUser(db);
    const [a, b, c, d] = await db.question.findMany({ where: { retiredAt: null, topicId: "apis" }, take: 4, orderBy: { id: "asc" } });
    const weekAgo = new Date(Date.now() - 3 * 86_400_000);
    await grade(user.id, a!.id, 1, weekAgo); // failed 3 days ago, due again long since
    await grade(user.id, b!.id, 4, weekAgo);
    await grade(user.id, c!.id, 3);
    await setMark(db, { userId: user.id, questionId: c!.id, change: { flagged: true, note: "Ask about **retries**" } });
    await setMark(db, { userId: user.id, questionId: d!.id, change: { suspended: true } });

    const ids = async (input: Record<string, string>) => (await selectLibraryIds(db, { userId: user.id, filters: filters({ topic: "apis", ...input }), limit: 5000 })).sort();
    expect(await ids({ failed: "1" })).toEqual([a!.id]);
    expect(await ids({ state: "due" })).toEqual([a!.id]);
    expect(await ids({ flagged: "1" })).toEqual([c!.id]);
    expect(await ids({ note: "1" })).toEqual([c!.id]);
    expect(await ids({ suspended: "1" })).toEqual([d!.id]);
    expect(await ids({ recall: "99" })).toEqual(expect.arrayContaining([a!.id]));
    expect(await ids({ recall: "99" })).not.toContain(c!.id);
    expect(await ids({ state: "new" })).not.toEqual(expect.arrayContaining([a!.id]));
    expect(await ids({ flagged: "1", failed: "1" })).toEqual([]);

    const page = await searchLibrary(db, { userId: user.id, filters: filters({ topic: "apis", flagged: "1" }) });
    expect(page.rows[0]).toMatchObject({ id: c!.id, flagged: true, hasNote: true, state: "learning", suspended: false });
    expect(page.rows[0]!.recall).toBeGreaterThan(90);
  });
});

describe("recall below", () => {
  it("finds exactly the cards FSRS predicts below the threshold, with default and with fitted weights", async () => {
    const now = new Date();
    const DAY = 86_400_000;
    const questions = await db.question.findMany({ where: { retiredAt: null }, take: 120, orderBy: { id: "asc" }, select: { id: true } });
    const params = { weights: JSON.stringify([...SCHEDULER_PARAMETERS.w.slice(0, 20), 0.42]), reviewCount: 500, fittedAt: now, logLoss: 0.3, rmse: 0.03, defaultLogLoss: 0.35, defaultRmse: 0.05 };
    for (const fitted of [false, true]) {
      const user = await makeUser(db);
      if (fitted) {
        const version = await db.fsrsParams.create({ data: { userId: user.id, version: 1, ...params }, select: { id: true } });
        await db.user.update({ where: { id: user.id }, data: { fsrsParamsId: version.id } });
      }
      // Stabilities and ages spread so that many cards sit near each threshold's boundary, some exactly on a whole day.
      await db.cardState.createMany({
        data: questions.map((q, i) => ({
          userId: user.id, questionId: q.id, due: new Date(now.getTime() + DAY), stability: 0.5 + (i % 17) * 1.7, difficulty: 5, elapsedDays: 0,
          scheduledDays: 3, learningSteps: 0, reps: 1 + (i % 4), lapses: 0, state: i % 9 === 0 ? 3 : 2,
          lastReview: new Date(now.getTime() - (i % 23) * DAY - (i % 5) * 3_600_000), version: 1,
        })),
      });
      const config = { weights: fitted ? (JSON.parse(params.weights) as number[]) : null, desiredRetention: 0.9 };
      const cards = await db.cardState.findMany({ where: { userId: user.id } });
      for (const percent of [30, 70, 85, 90, 97]) {
        const expected = cards.filter((c) => retrievability(cardFieldsFromRow(c), now, config) < percent / 100).map((c) => c.questionId).sort();
        const found = (await selectLibraryIds(db, { userId: user.id, filters: filters({ recall: String(percent) }), now, limit: 5000 })).sort();
        expect(found, `${fitted ? "fitted" : "default"} weights, below ${percent}%`).toEqual(expected);
        if (percent === 85) expect(expected.length).toBeGreaterThan(10);
        const page = await searchLibrary(db, { userId: user.id, filters: filters({ recall: String(percent) }), now });
        expect(page.total).toBe(expected.length);
      }
    }
  });
});

describe("marks are private", () => {
  it("another learner sees none of a learner's notes, flags or suspensions", async () => {
    const owner = await makeUser(db);
    const other = await makeUser(db);
    const q = await db.question.findFirstOrThrow({ where: { retiredAt: null }, orderBy: { id: "desc" } });
    await setMark(db, { userId: owner.id, questionId: q.id, change: { note: "mine", flagged: true, suspended: true } });
    expect(await getMarks(db, { userId: other.id, questionId: q.id })).toEqual({ note: null, flagged: false, suspended: false, buriedUntil: null });
    for (const f of [{ flagged: "1" }, { note: "1" }, { suspended: "1" }] as Record<string, string>[]) {
      expect(await selectLibraryIds(db, { userId: other.id, filters: filters(f), limit: 5000 })).toEqual([]);
    }
    const row = (await searchLibrary(db, { userId: other.id, filters: filters({ topic: q.topicId, subtopic: q.subtopic }) })).rows.find((r) => r.id === q.id);
    expect(row).toMatchObject({ flagged: false, hasNote: false, suspended: false });
  });

  it("a note or flag on a retired or unknown question is refused and nothing is written", async () => {
    const user = await makeUser(db);
    await expect(setMark(db, { userId: user.id, questionId: "no-such-question", change: { flagged: true } })).rejects.toThrow(/does not exist/);
    await expect(setMark(db, { userId: user.id, questionId: "../../etc", change: { flagged: true } })).rejects.toThrow(/does not exist/);
    expect(await db.questionMark.count({ where: { userId: user.id } })).toBe(0);
  });
});

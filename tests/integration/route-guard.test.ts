// Every route handler refuses an anonymous caller and another user's data. The table below must name
// every route in app/: a new route without an entry (and so without a check) fails this suite.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createQuiz } from "@/lib/server/quiz/create-quiz";
import { gradeCard } from "@/lib/server/practice/grade-card";
import { requestAs } from "../support/auth";
import { makeUser } from "../support/users";
import { createDeck } from "@/lib/server/decks/decks";
import { createOwnCard } from "@/lib/server/decks/own-cards";
import { ownCardSchema } from "@/lib/validation/decks";

type Owner = { quizId: string; reviewId: string; questionId: string; deckId: string; ownCardId: string };
type Probe = { method: string; url: string | ((owner: Owner) => string); body?: (owner: Owner) => unknown; params?: (owner: Owner) => Record<string, string>; foreign: number | null };

// Routes anyone may call: next-auth's own endpoints (CSRF-protected by next-auth), the health check and the liveness ping.
const PUBLIC = new Set(["api/auth/[...nextauth]", "api/health", "api/ping"]);

const PROBES: Record<string, Probe[]> = {
  "api/practice/next": [{ method: "GET", url: "/api/practice/next", foreign: null }],
  "api/practice/grade": [{ method: "POST", url: "/api/practice/grade", body: (o) => ({ questionId: o.questionId, rating: 3, clientKey: randomUUID() }), foreign: null }],
  "api/practice/undo": [{ method: "POST", url: "/api/practice/undo", body: (o) => ({ reviewId: o.reviewId }), foreign: 404 }],
  "api/export/reviews": [{ method: "GET", url: "/api/export/reviews?format=json", foreign: null }],
  "api/export/cards": [{ method: "GET", url: "/api/export/cards?format=json", foreign: null }],
  "api/export/notes": [{ method: "GET", url: "/api/export/notes?format=json", foreign: null }],
  // Marks are per learner: another user marking the same question writes only their own row.
  "api/questions/[id]/mark": [{ method: "PUT", url: "/x", params: (o) => ({ id: o.questionId }), body: () => ({ flagged: true, note: "intruder", suspended: true }), foreign: null }],
  "api/library/practice": [{ method: "POST", url: "/api/library/practice", body: () => ({ filters: { topic: "apis" } }), foreign: null }],
  "api/library/quiz": [{ method: "POST", url: "/api/library/quiz", body: () => ({ filters: { topic: "apis" }, count: 5 }), foreign: null }],
  "api/quizzes": [{ method: "POST", url: "/api/quizzes", body: () => ({ topicIds: ["apis"], count: 5 }), foreign: null }],
  "api/quizzes/[id]/answers": [
    { method: "PUT", url: "/x", params: (o) => ({ id: o.quizId }), body: (o) => ({ questionId: o.questionId, flagged: true }), foreign: 404 },
  ],
  "api/quizzes/[id]/submit": [{ method: "POST", url: "/x", params: (o) => ({ id: o.quizId }), body: () => ({}), foreign: 404 }],
  "api/quizzes/[id]/self-grade": [{ method: "POST", url: "/x", params: (o) => ({ id: o.quizId }), body: (o) => ({ questionId: o.questionId, rating: 3 }), foreign: 404 }],
  "api/quizzes/[id]/overrule": [{ method: "POST", url: "/x", params: (o) => ({ id: o.quizId }), body: (o) => ({ questionId: o.questionId }), foreign: 404 }],
  "api/quizzes/[id]/retake": [{ method: "POST", url: "/x", params: (o) => ({ id: o.quizId }), body: () => ({}), foreign: 404 }],
  // Decks and own cards: another learner's deck or card id is a 404, whatever the method.
  "api/decks": [
    { method: "GET", url: "/api/decks", foreign: null },
    { method: "POST", url: "/api/decks", body: () => ({ name: "Mine" }), foreign: null },
  ],
  "api/decks/[id]": [
    { method: "PATCH", url: "/x", params: (o) => ({ id: o.deckId }), body: () => ({ name: "taken over" }), foreign: 404 },
    { method: "DELETE", url: "/x", params: (o) => ({ id: o.deckId }), foreign: 404 },
  ],
  "api/decks/[id]/cards": [{ method: "POST", url: "/x", params: (o) => ({ id: o.deckId }), body: () => ({ type: "flashcard", prompt: "planted", answer: "planted" }), foreign: 404 }],
  "api/decks/[id]/export": [{ method: "GET", url: "/x", params: (o) => ({ id: o.deckId }), foreign: 404 }],
  "api/decks/[id]/media/[name]": [{ method: "GET", url: "/x", params: (o) => ({ id: o.deckId, name: "planted.png" }), foreign: 404 }],
  "api/decks/[id]/apkg": [{ method: "GET", url: "/x", params: (o) => ({ id: o.deckId }), foreign: 404 }],
  // An Anki import names no existing id: it only ever creates or updates the caller's own decks.
  "api/decks/import/anki": [{ method: "POST", url: "/api/decks/import/anki", body: () => "PK not really a package", foreign: null }],
  "api/decks/import/csv": [{ method: "POST", url: (o) => `/api/decks/import/csv?deck=${o.deckId}`, body: () => "front,back\nplanted,planted", foreign: 404 }],
  "api/own-cards/[id]": [
    { method: "PUT", url: "/x", params: (o) => ({ id: o.ownCardId }), body: () => ({ type: "flashcard", prompt: "changed", answer: "changed" }), foreign: 404 },
    { method: "DELETE", url: "/x", params: (o) => ({ id: o.ownCardId }), foreign: 404 },
  ],
  "api/export/decks": [{ method: "GET", url: "/api/export/decks?format=json", foreign: null }],
  "api/export/review-history": [{ method: "GET", url: "/api/export/review-history", foreign: null }],
};

const urlOf = (probe: Probe, owner: Owner) => (typeof probe.url === "function" ? probe.url(owner) : probe.url);

function routeFiles(dir = "app"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

const routeKey = (file: string) => path.dirname(path.relative("app", file)).split(path.sep).join("/");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

type Handler = (req: Request, ctx: unknown) => Promise<Response>;

async function handlersOf(file: string): Promise<Record<string, Handler>> {
  const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
  return Object.fromEntries(HTTP_METHODS.filter((m) => typeof mod[m] === "function").map((m) => [m, mod[m] as Handler]));
}

async function ownerWithData(): Promise<{ user: { id: string; email: string }; owner: Owner }> {
  const user = await makeUser(db);
  const quiz = await createQuiz(db, { userId: user.id, topicIds: ["databases"], count: 20, difficulties: [] });
  const item = await db.quizQuestion.findFirstOrThrow({ where: { quizId: quiz.id, question: { type: "flashcard" } } });
  const graded = await gradeCard(db, { userId: user.id, questionId: item.questionId, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "practice" });
  const deck = await createDeck(db, { userId: user.id, name: "Victim's deck" });
  const own = await createOwnCard(db, { userId: user.id, deckId: deck.id, card: ownCardSchema.parse({ type: "flashcard", prompt: "victim's card", answer: "private" }) });
  return { user, owner: { quizId: quiz.id, reviewId: graded.reviewId, questionId: item.questionId, deckId: deck.id, ownCardId: own.id } };
}

describe("route handlers", () => {
  const files = routeFiles();

  it("are each listed here with a probe, or named public", () => {
    const keys = files.map(routeKey);
    for (const key of keys) expect(PUBLIC.has(key) || key in PROBES, `${key} has no probe in route-guard.test.ts`).toBe(true);
    for (const key of Object.keys(PROBES)) expect(keys, `probe for a route that no longer exists: ${key}`).toContain(key);
  });

  it("probe every method each route exports", async () => {
    for (const file of files.filter((f) => !PUBLIC.has(routeKey(f)))) {
      const methods = Object.keys(await handlersOf(file)).sort();
      expect(methods, routeKey(file)).toEqual(PROBES[routeKey(file)]!.map((p) => p.method).sort());
    }
  });

  it("refuse an anonymous caller with 401 and change nothing", async () => {
    const { owner } = await ownerWithData();
    const counts = () => Promise.all([db.reviewLog.count(), db.cardState.count(), db.quiz.count(), db.quizQuestion.count({ where: { flagged: true } }), db.questionMark.count(), db.studySet.count(), db.deck.count(), db.question.count(), db.question.count({ where: { retiredAt: { not: null } } })]);
    const before = await counts();
    for (const file of files.filter((f) => !PUBLIC.has(routeKey(f)))) {
      const handlers = await handlersOf(file);
      for (const probe of PROBES[routeKey(file)]!) {
        const req = await requestAs(null, urlOf(probe, owner), { method: probe.method, body: probe.body?.(owner) });
        const response = await handlers[probe.method]!(req, { params: Promise.resolve(probe.params?.(owner) ?? {}) });
        expect(response.status, `${probe.method} ${routeKey(file)}`).toBe(401);
      }
    }
    expect(await counts()).toEqual(before);
  });

  it("answer another user's ids with 404, never 403, and change nothing of theirs", async () => {
    const { user: victim, owner } = await ownerWithData();
    await db.questionMark.create({ data: { userId: victim.id, questionId: owner.questionId, note: "victim's own", flagged: false } });
    const intruder = await makeUser(db);
    const snapshot = async () =>
      JSON.stringify([
        await db.quiz.findUniqueOrThrow({ where: { id: owner.quizId } }),
        await db.quizQuestion.findMany({ where: { quizId: owner.quizId }, orderBy: { position: "asc" } }),
        await db.reviewLog.findMany({ where: { userId: victim.id } }),
        await db.cardState.findMany({ where: { userId: victim.id } }),
        await db.questionMark.findMany({ where: { userId: victim.id } }),
        await db.deck.findMany({ where: { userId: victim.id } }),
        await db.question.findMany({ where: { ownerId: victim.id } }),
      ]);
    const before = await snapshot();
    for (const file of files.filter((f) => !PUBLIC.has(routeKey(f)))) {
      const handlers = await handlersOf(file);
      for (const probe of PROBES[routeKey(file)]!.filter((p) => p.foreign !== null)) {
        const req = await requestAs(intruder, urlOf(probe, owner), { method: probe.method, body: probe.body?.(owner) });
        const response = await handlers[probe.method]!(req, { params: Promise.resolve(probe.params?.(owner) ?? {}) });
        expect(response.status, `${probe.method} ${routeKey(file)} with another user's id`).toBe(probe.foreign);
      }
    }
    expect(await snapshot()).toBe(before);
  });
});

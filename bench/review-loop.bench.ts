// npm run bench – the review loop (grade a card and fetch the next one) for a user with 1,000 cards.
// Calls the real route handler in this process, so the figure is server time: session check,
// validation, the FSRS update, the transaction and the next-card query, without the network.
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { freshBenchDatabase } from "./support/bench-db";

const CARDS = 1_000;
const ITERATIONS = 600;
const WARMUP = 50;

const { db, cleanup } = await freshBenchDatabase("bench-review-loop");
const { POST: grade } = await import("../app/api/practice/grade/route");

/** Tops the bank up to CARDS questions and gives one user a card state for each, seven in ten due (a learner back after a break). */
async function prepareUser() {
  const existing = await db.question.findMany({ select: { id: true } });
  const extra = Array.from({ length: CARDS - existing.length }, (_, i) => ({
    id: `bench-question-${i}`,
    topicId: "dsa",
    subtopic: "bench",
    difficulty: "medium",
    type: "flashcard",
    prompt: `Synthetic benchmark question ${i}: what is the complexity of **operation ${i}**?`,
    answer: "`O(log n)` with a balanced tree.\n\n```ts\nconst x = tree.find(key);\n```",
    explanation: "A synthetic card used only by the benchmark.",
    position: 1_000 + i,
  }));
  await db.question.createMany({ data: extra });
  const user = await db.user.create({ data: { email: `bench-${randomUUID()}@example.com`, passwordHash: "x" } });
  const ids = [...existing.map((q) => q.id), ...extra.map((q) => q.id)];
  const now = Date.now();
  const day = 86_400_000;
  await db.cardState.createMany({
    data: ids.map((questionId, i) => {
      const stability = 1 + (i % 60);
      return {
        userId: user.id,
        questionId,
        due: new Date(now + (i % 10 < 7 ? -1 : 1) * (((i * 7919) % 30) + 0.5) * day),
        stability,
        difficulty: 3 + (i % 6),
        elapsedDays: i % 20,
        scheduledDays: stability,
        learningSteps: 0,
        reps: 1 + (i % 12),
        lapses: i % 4,
        state: 2,
        lastReview: new Date(now - (i % 20) * day),
        version: 1,
      };
    }),
  });
  return user;
}

const user = await prepareUser();
const session = await db.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) } });
const cookie = `next-auth.session-token=${await encode({ token: { sub: user.id, email: user.email, sid: session.id }, secret: process.env.NEXTAUTH_SECRET! })}`;

async function gradeNext(questionId: string, rating: number) {
  const req = new NextRequest("http://localhost/api/practice/grade", {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ questionId, rating, clientKey: randomUUID(), durationMs: 3000 }),
  });
  const started = performance.now();
  const response = await grade(req, {});
  const body = (await response.json()) as { next: { kind: string; card?: { questionId: string } } };
  const elapsed = performance.now() - started;
  if (response.status !== 200 || body.next.kind !== "card" || !body.next.card) throw new Error(`unexpected response ${response.status}`);
  return { elapsed, nextId: body.next.card.questionId };
}

const first = await db.cardState.findFirstOrThrow({ where: { userId: user.id, due: { lte: new Date() } }, orderBy: { due: "asc" } });
let questionId = first.questionId;
const times: number[] = [];
const ratings = [3, 3, 3, 1, 2, 3, 4, 3];
for (let i = 0; i < WARMUP + ITERATIONS; i++) {
  const { elapsed, nextId } = await gradeNext(questionId, ratings[i % ratings.length]!);
  if (i >= WARMUP) times.push(elapsed);
  questionId = nextId;
}

times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
const mean = times.reduce((s, t) => s + t, 0) / times.length;
const logs = await db.reviewLog.count({ where: { userId: user.id } });
console.log(`review loop: grade + next card, user with ${CARDS} cards, ${ITERATIONS} timed iterations after ${WARMUP} warm-up`);
console.table({
  "p50 ms": pct(50).toFixed(2),
  "p95 ms": pct(95).toFixed(2),
  "p99 ms": pct(99).toFixed(2),
  "mean ms": mean.toFixed(2),
  "grades/s (one client)": (1000 / mean).toFixed(0),
  "review logs written": logs,
});
console.log(pct(95) < 50 ? "p95 is under the 50 ms expectation" : "p95 is OVER the 50 ms expectation");
await cleanup();

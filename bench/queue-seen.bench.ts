// The practice queue statement for learners who have seen more and more of the bank: with their introduction
// frontier moved on by a grade (as the hot path leaves it), against the same learner with the frontier at the
// start (as before User.introFrontier: the next new card was found by walking past every card seen), in one run.
// QUEUE_DB=postgres for PostgreSQL (TEST_POSTGRES_URL, or a throwaway server).
import { randomUUID } from "node:crypto";
import { freshBenchDatabase } from "./support/bench-db";
import { queueMicros } from "./support/queue-timing";

const provider = process.env.QUEUE_DB === "postgres" ? "postgresql" : "sqlite";
const RUNS = Number(process.env.QUEUE_RUNS ?? 500);
const { db, cleanup } = await freshBenchDatabase(`bench-queue-seen-${provider}`, provider);
const { gradeCard } = await import("../lib/server/practice/grade-card");

const questions = await db.question.findMany({ where: { retiredAt: null }, orderBy: { position: "asc" }, select: { id: true } });
const START = -2_147_483_648;

const rows: Record<string, Record<string, string>> = {};
for (const seen of [0, 100, 300, 500, 700, questions.length]) {
  const user = await db.user.create({ data: { email: `queue-${randomUUID()}@example.com`, passwordHash: "x", newCardsPerDay: 1000 } });
  const now = Date.now();
  await db.cardState.createMany({
    data: questions.slice(0, seen).map((q, i) => ({
      userId: user.id, questionId: q.id, due: new Date(now + 86_400_000 + i * 60_000), stability: 3, difficulty: 5,
      elapsedDays: 0, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, state: 2, lastReview: new Date(now), version: 1,
    })),
  });
  // One grade through the hot path moves the frontier past the cards made above.
  if (seen > 0) await gradeCard(db, { userId: user.id, questionId: questions[0]!.id, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "practice" });
  if (provider === "postgresql") await db.$executeRawUnsafe(`ANALYZE "CardState", "User"`);
  const moved = await queueMicros(db, user.id, RUNS);
  await db.user.update({ where: { id: user.id }, data: { introFrontier: START } });
  const atStart = await queueMicros(db, user.id, RUNS);
  rows[`${seen} of ${questions.length} seen`] = { "frontier moved on, µs": moved.toFixed(0), "frontier at the start, µs": atStart.toFixed(0), "moved / start": (moved / atStart).toFixed(2) };
}
console.log(`\npractice queue statement on ${provider}, mean of ${RUNS} runs per learner, one caller`);
console.table(rows);
await cleanup();

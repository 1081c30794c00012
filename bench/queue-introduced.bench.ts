// The practice queue statement for learners who introduce more and more new cards in a day, graded in turns so
// their review rows interleave as on a server with many learners: with the day's introductions counted from the
// covering index (migration introductions_covering_index) against the index before it, which read each review row,
// in one run. QUEUE_DB=postgres for PostgreSQL (TEST_POSTGRES_URL, or a throwaway server).
import { randomUUID } from "node:crypto";
import { freshBenchDatabase } from "./support/bench-db";
import { queueMicros } from "./support/queue-timing";

const provider = process.env.QUEUE_DB === "postgres" ? "postgresql" : "sqlite";
const RUNS = Number(process.env.QUEUE_RUNS ?? 300);
const LEARNERS = 20;
const { db, cleanup } = await freshBenchDatabase(`bench-queue-introduced-${provider}`, provider);
const { gradeCard } = await import("../lib/server/practice/grade-card");

const COVERING = `CREATE INDEX "ReviewLog_introductions_idx" ON "ReviewLog"("userId", "reviewedAt", "source") WHERE "prevExisted" = FALSE`;
const BEFORE = `CREATE INDEX "ReviewLog_introductions_idx" ON "ReviewLog"("userId", "reviewedAt") WHERE "prevExisted" = FALSE`;
async function switchIndex(definition: string) {
  await db.$executeRawUnsafe(`DROP INDEX "ReviewLog_introductions_idx"`);
  await db.$executeRawUnsafe(definition);
  if (provider === "postgresql") await db.$executeRawUnsafe(`VACUUM ANALYZE "ReviewLog"`);
}

const questions = await db.question.findMany({ where: { retiredAt: null, ownerId: null }, orderBy: { position: "asc" }, select: { id: true } });
const learners = await Promise.all(
  Array.from({ length: LEARNERS }, () => db.user.create({ data: { email: `intro-${randomUUID()}@example.com`, passwordHash: "x", newCardsPerDay: 1000 } })),
);
const rows: Record<string, Record<string, string>> = {};
let introduced = 0;
for (const target of [20, 100, 300, 700]) {
  // Each learner introduces one more card in turn, through the real grade path.
  for (; introduced < target; introduced++)
    for (const learner of learners)
      await gradeCard(db, { userId: learner.id, questionId: questions[introduced]!.id, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "practice" });
  const covering = await queueMicros(db, learners[0]!.id, RUNS);
  await switchIndex(BEFORE);
  const before = await queueMicros(db, learners[0]!.id, RUNS);
  await switchIndex(COVERING);
  rows[`${target} introduced today`] = { "covering index, µs": covering.toFixed(0), "index before, µs": before.toFixed(0), "covering / before": (covering / before).toFixed(2) };
}
console.log(`\npractice queue statement on ${provider}, ${LEARNERS} learners introducing cards in turns, mean of ${RUNS} runs, one caller`);
console.table(rows);
await cleanup();

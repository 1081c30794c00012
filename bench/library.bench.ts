// The library's server time (searchLibrary: the SQL, the learner's recall and the engine's highlights) at
// 5,000 questions and a learner with 100,000 review logs: full-text searches, filtered pages and "recall
// below" pages (card ages and stabilities vary independently, so some cards fall below each threshold). LIBRARY_DB=postgres runs it on PostgreSQL. Expectation: p95 under 50 ms.
import { randomUUID } from "node:crypto";
import { freshBenchDatabase } from "./support/bench-db";

const QUESTIONS = 5_000;
const REVIEWS = 100_000;
const STUDIED = 3_000;
const RUNS = 40;
const DAY = 86_400_000;

const provider = process.env.LIBRARY_DB === "postgres" ? "postgresql" : "sqlite";
const { db, cleanup } = await freshBenchDatabase(`bench-library-${provider}`, provider);
const { searchLibrary } = await import("../lib/server/library/search-library");
const { syncSearchIndex } = await import("../lib/server/library/sync-search-index");
const { libraryFiltersSchema } = await import("../lib/validation/library");

// Grow the bank to 5,000 questions with copies of the real ones (new ids, same text), then index them all.
const bank = await db.question.findMany({ where: { retiredAt: null } });
const copies = [];
for (let i = 0; bank.length + copies.length < QUESTIONS; i++) {
  const q = bank[i % bank.length]!;
  const { createdAt: _c, updatedAt: _u, ...rest } = q;
  void _c;
  void _u;
  copies.push({ ...rest, id: `${q.id}-copy-${Math.floor(i / bank.length) + 1}`, position: q.position + 10_000 * (Math.floor(i / bank.length) + 1) });
}
for (let i = 0; i < copies.length; i += 500) await db.question.createMany({ data: copies.slice(i, i + 500) });
await syncSearchIndex(db, []);
const questions = await db.question.findMany({ where: { retiredAt: null }, select: { id: true }, orderBy: { id: "asc" } });

const user = await db.user.create({ data: { email: `bench-${randomUUID()}@example.com`, passwordHash: "x" } });
const now = Date.now();
const studied = questions.slice(0, STUDIED);
for (let i = 0; i < studied.length; i += 1_000) {
  await db.cardState.createMany({
    data: studied.slice(i, i + 1_000).map((q, j) => {
      const n = i + j;
      return {
        userId: user.id,
        questionId: q.id,
        due: new Date(now + ((n % 20) - 5) * DAY),
        stability: 2 + (n % 90),
        difficulty: 3 + (n % 6),
        elapsedDays: n % 37,
        scheduledDays: 2 + (n % 90),
        learningSteps: 0,
        reps: 5 + (n % 30),
        lapses: n % 7,
        state: n % 11 === 0 ? 3 : 2,
        lastReview: new Date(now - (n % 37) * DAY),
        version: 1,
      };
    }),
  });
}
for (let offset = 0; offset < REVIEWS; offset += 5_000) {
  await db.reviewLog.createMany({
    data: Array.from({ length: Math.min(5_000, REVIEWS - offset) }, (_, j) => {
      const i = offset + j;
      const at = new Date(now - Math.floor((i / REVIEWS) * 730) * DAY);
      return {
        userId: user.id, questionId: studied[i % studied.length]!.id, rating: i % 9 === 0 ? 1 : 3, source: "practice", reviewedAt: at, durationMs: 4_000,
        clientKey: randomUUID(), cardVersion: 1, prevExisted: true, prevState: 2, prevDue: at, prevStability: 10, prevDifficulty: 5, prevElapsedDays: 10,
        prevScheduledDays: 10, prevLearningSteps: 0, prevReps: 5, prevLapses: 0, prevLastReview: null,
      };
    }),
  });
}
await db.questionMark.createMany({
  data: questions.slice(0, 400).filter((_, i) => i % 2 === 0).map((q, i) => ({ userId: user.id, questionId: q.id, flagged: i % 2 === 0, note: i % 3 === 0 ? "remember this" : null })),
});
if (provider === "postgresql") await db.$executeRawUnsafe(`ANALYZE`);

const cases = {
  'search "idempotency"': { q: "idempotency" },
  'search "cache invalidation" in databases': { q: "cache invalidation", topic: "databases" },
  "filtered page: apis, single, due": { topic: "apis", type: "single", state: "due" },
  "page 2 of every question": { page: "2" },
  "filtered page: flagged with a note": { flagged: "1", note: "1" },
  "recall below 80%": { recall: "80" },
  "recall below 95%, page 2": { recall: "95", page: "2" },
  "failed this week, medium": { failed: "1", difficulty: "medium" },
};
const table: Record<string, { "p50 ms": string; "p95 ms": string; rows: number; total: number }> = {};
let worst = 0;
for (const [name, input] of Object.entries(cases)) {
  const filters = libraryFiltersSchema.parse(input);
  const times: number[] = [];
  let last = { rows: [] as unknown[], total: 0 };
  for (let run = 0; run < RUNS + 3; run++) {
    const t = performance.now();
    last = await searchLibrary(db, { userId: user.id, filters });
    if (run >= 3) times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p95 = times[Math.floor(times.length * 0.95)]!;
  worst = Math.max(worst, p95);
  table[name] = { "p50 ms": times[Math.floor(times.length / 2)]!.toFixed(1), "p95 ms": p95.toFixed(1), rows: last.rows.length, total: last.total };
}
console.log(`\nlibrary on ${provider}: ${questions.length.toLocaleString("en")} questions, one learner with ${STUDIED.toLocaleString("en")} card states and ${REVIEWS.toLocaleString("en")} review logs; ${RUNS} runs each`);
console.table(table);
console.log(worst < 50 ? "every p95 is under the 50 ms expectation" : `a p95 is OVER the 50 ms expectation (worst ${worst.toFixed(1)} ms)`);
await cleanup();

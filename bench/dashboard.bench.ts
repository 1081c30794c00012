// The /progress dashboard's data for a user with two years of history (100,000 review logs):
// server time of getDashboard, which aggregates in SQL and never loads every log into JavaScript.
import { randomUUID } from "node:crypto";
import { freshBenchDatabase } from "./support/bench-db";

const REVIEWS = 100_000;
const DAYS = 730;
const RUNS = 20;

const { db, cleanup } = await freshBenchDatabase("bench-dashboard");
const { getDashboard } = await import("../lib/server/progress/get-dashboard");

const user = await db.user.create({ data: { email: `bench-${randomUUID()}@example.com`, passwordHash: "x", timeZone: "Europe/Berlin" } });
const questions = await db.question.findMany({ where: { retiredAt: null }, select: { id: true } });
const now = Date.now();
const DAY = 86_400_000;

await db.cardState.createMany({
  data: questions.map((q, i) => ({
    userId: user.id,
    questionId: q.id,
    due: new Date(now + ((i % 20) - 5) * DAY),
    stability: 2 + (i % 90),
    difficulty: 3 + (i % 6),
    elapsedDays: i % 30,
    scheduledDays: 2 + (i % 90),
    learningSteps: 0,
    reps: 20 + (i % 50),
    lapses: i % 7,
    state: 2,
    lastReview: new Date(now - (i % 30) * DAY),
    version: 1,
  })),
});

// About 137 reviews a day for two years, in one or two evening sittings.
const started = performance.now();
for (let offset = 0; offset < REVIEWS; offset += 5_000) {
  await db.reviewLog.createMany({
    data: Array.from({ length: Math.min(5_000, REVIEWS - offset) }, (_, j) => {
      const i = offset + j;
      const day = Math.floor((i / REVIEWS) * DAYS);
      const at = new Date(now - (DAYS - day) * DAY + (18 + (i % 4)) * 3_600_000 + (i % 3_600) * 1_000);
      return {
        userId: user.id,
        questionId: questions[i % questions.length]!.id,
        rating: i % 9 === 0 ? 1 : 3,
        source: i % 5 === 0 ? "quiz" : "practice",
        reviewedAt: at,
        durationMs: 3_000 + (i % 7_000),
        clientKey: randomUUID(),
        cardVersion: 1 + Math.floor(i / questions.length),
        prevExisted: true,
        prevState: 2,
        prevDue: at,
        prevStability: 10,
        prevDifficulty: 5,
        prevElapsedDays: 10,
        prevScheduledDays: 10 + (i % 40),
        prevLearningSteps: 0,
        prevReps: 5,
        prevLapses: 0,
        prevLastReview: null,
      };
    }),
  });
}
const insertSeconds = (performance.now() - started) / 1000;

const times: number[] = [];
for (let run = 0; run < RUNS + 3; run++) {
  const t = performance.now();
  const dashboard = await getDashboard(db, { userId: user.id });
  if (run >= 3) times.push(performance.now() - t);
  if (run === 0 && dashboard.reviews.days30 === 0) throw new Error("the synthetic history should have recent reviews");
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`\ndashboard: user with ${REVIEWS.toLocaleString("en")} review logs over ${DAYS} days and ${questions.length} card states (${insertSeconds.toFixed(1)} s to insert)`);
console.table({ "median ms": median.toFixed(1), "p95 ms": times[Math.floor(times.length * 0.95)]!.toFixed(1), "max ms": times.at(-1)!.toFixed(1), runs: RUNS });
console.log(median < 200 ? "median is under the 200 ms expectation" : "median is OVER the 200 ms expectation");
await cleanup();

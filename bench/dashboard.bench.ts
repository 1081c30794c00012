// The /progress dashboard's data for a user with two years of history (100,000 review logs):
// server time of getDashboard, which aggregates in SQL and never loads every log into JavaScript.
import { freshBenchDatabase } from "./support/bench-db";
import { userWithHistory } from "./support/history";

const REVIEWS = 100_000;
const DAYS = 730;
const RUNS = 20;

const { db, cleanup } = await freshBenchDatabase("bench-dashboard");
const { getDashboard } = await import("../lib/server/progress/get-dashboard");

const started = performance.now();
const { user, questions } = await userWithHistory(db, REVIEWS);
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

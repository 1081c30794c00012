// Growth: how the due-queue query and the dashboard aggregation scale with the size of the tables.
// Measures at 1 thousand, 100 thousand and 1 million CardState rows (review logs grow with them: 3 per
// card on SQLite, 10 per card on PostgreSQL, so 10 million there), and prints the query plans relied on.
// GROWTH_DB=postgres uses a throwaway PostgreSQL (TEST_POSTGRES_URL or scripts/postgres-throwaway.sh).
import { freshBenchDatabase } from "./support/bench-db";
import { addPopulation, populationUserId } from "./support/population";

const SIZES = (process.env.GROWTH_SIZES ?? "1000,100000,1000000").split(",").map(Number);
const { db, cleanup, provider } = await freshBenchDatabase("bench-growth", process.env.GROWTH_DB === "postgres" ? "postgresql" : "sqlite");
const { getNextCard } = await import("../lib/server/practice/get-next-card");
const { getDashboard } = await import("../lib/server/progress/get-dashboard");
const questions = await db.question.count({ where: { retiredAt: null } });
const logsPerCard = provider === "postgresql" ? 10 : 3;

async function median(fn: () => Promise<unknown>, runs: number) {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const rows: { cardStates: number; reviewLogs: number; dueQueueMs: number; dashboardMs: number; insertS: number }[] = [];
let users = 0;
for (const size of SIZES) {
  const target = Math.max(1, Math.round(size / questions));
  const started = performance.now();
  await addPopulation(db, { from: users, to: target, logsPerCard });
  users = target;
  const insertS = (performance.now() - started) / 1000;
  if (provider === "postgresql") await db.$executeRawUnsafe("ANALYZE");
  else await db.$executeRawUnsafe("ANALYZE");
  // The user measured is one in the middle of the population, with a full history of their own.
  const userId = populationUserId(Math.floor(users / 2));
  rows.push({
    cardStates: await db.cardState.count(),
    reviewLogs: await db.reviewLog.count(),
    dueQueueMs: await median(() => getNextCard(db, { userId }), 50),
    dashboardMs: await median(() => getDashboard(db, { userId }), 10),
    insertS,
  });
}

console.log(`\ngrowth on ${provider}: median ms for one user's due queue (next card with counts) and dashboard`);
console.table(rows.map((r) => ({ "CardState rows": r.cardStates.toLocaleString("en"), "ReviewLog rows": r.reviewLogs.toLocaleString("en"), "due queue ms": r.dueQueueMs.toFixed(2), "dashboard ms": r.dashboardMs.toFixed(1), "insert s": r.insertS.toFixed(1) })));
const first = rows[0]!;
const last = rows.at(-1)!;
console.log(`largest/smallest: due queue ${(last.dueQueueMs / first.dueQueueMs).toFixed(2)}x, dashboard ${(last.dashboardMs / first.dashboardMs).toFixed(2)}x (expectation for the due queue: under 3x)`);

// The plans the due queue relies on: an index range on (userId, due), never a scan of the table.
const userId = populationUserId(0);
const now = new Date();
if (provider === "postgresql") {
  for (const [label, sql] of [
    ["next due card", `EXPLAIN SELECT "id" FROM "CardState" WHERE "userId" = '${userId}' AND "due" <= now() ORDER BY "due" LIMIT 1`],
    ["due count", `EXPLAIN SELECT COUNT(*) FROM "CardState" WHERE "userId" = '${userId}' AND "due" <= now()`],
    ["reviews by quarter hour", `EXPLAIN SELECT date_bin('15 minutes', "reviewedAt", TIMESTAMP '2000-01-01'), COUNT(*) FROM "ReviewLog" WHERE "userId" = '${userId}' GROUP BY 1`],
  ] as const) {
    const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(sql);
    console.log(`\nplan, ${label}:\n${plan.map((p) => `  ${p["QUERY PLAN"]}`).join("\n")}`);
  }
} else {
  const iso = now.toISOString().replace("Z", "+00:00");
  for (const [label, sql] of [
    ["next due card", `EXPLAIN QUERY PLAN SELECT "id" FROM "CardState" WHERE "userId" = '${userId}' AND "due" <= '${iso}' ORDER BY "due" LIMIT 1`],
    ["due count", `EXPLAIN QUERY PLAN SELECT COUNT(*) FROM "CardState" WHERE "userId" = '${userId}' AND "due" <= '${iso}'`],
    ["reviews by quarter hour", `EXPLAIN QUERY PLAN SELECT substr("reviewedAt", 1, 16), COUNT(*) FROM "ReviewLog" WHERE "userId" = '${userId}' GROUP BY 1`],
  ] as const) {
    const plan = await db.$queryRawUnsafe<{ detail: string }[]>(sql);
    console.log(`\nplan, ${label}:\n${plan.map((p) => `  ${p.detail}`).join("\n")}`);
  }
}
await cleanup();

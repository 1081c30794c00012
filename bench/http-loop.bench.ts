// The review loop at scale: 10, 50 and 200 concurrent users grading cards over HTTP against
// `next start`, on SQLite and on PostgreSQL; then "the floor", the same grade-and-next-card called
// directly on the database in one process, and the ratio between them (what HTTP and Next cost).
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { freshBenchDatabase } from "./support/bench-db";

const LEVELS = (process.env.HTTP_LEVELS ?? "10,50,200").split(",").map(Number);
const SECONDS = Number(process.env.HTTP_SECONDS ?? 10);
const PORT = 3250;
const provider = process.env.HTTP_DB === "postgres" ? "postgresql" : "sqlite";

const { db, cleanup } = await freshBenchDatabase(`bench-http-${provider}`, provider);
const { gradeCard } = await import("../lib/server/practice/grade-card");
const { getNextCard } = await import("../lib/server/practice/get-next-card");
const secret = process.env.NEXTAUTH_SECRET!;

const users = await Promise.all(
  Array.from({ length: Math.max(...LEVELS) }, async (_, i) => {
    const user = await db.user.create({ data: { email: `http-${i}-${randomUUID()}@example.com`, passwordHash: "x", newCardsPerDay: 1000 } });
    const session = await db.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) } });
    return { ...user, cookie: `next-auth.session-token=${await encode({ token: { sub: user.id, email: user.email, sv: 0, sid: session.id }, secret })}` };
  }),
);

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

/** Grades as fast as it can for SECONDS with `count` users at once; latency is per grade request. */
async function overHttp(count: number) {
  const base = `http://127.0.0.1:${PORT}`;
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + SECONDS * 1000;
  await Promise.all(
    users.slice(0, count).map(async (user) => {
      const headers = { cookie: user.cookie, "content-type": "application/json" };
      let card = ((await (await fetch(`${base}/api/practice/next`, { headers })).json()) as { card?: { questionId: string; clientKey: string } }).card;
      while (card && Date.now() < deadline) {
        const t = performance.now();
        const response = await fetch(`${base}/api/practice/grade`, { method: "POST", headers, body: JSON.stringify({ questionId: card.questionId, rating: 3, clientKey: card.clientKey }) });
        const body = (await response.json()) as { next?: { card?: { questionId: string; clientKey: string } } };
        if (response.status !== 200) errors += 1;
        latencies.push(performance.now() - t);
        card = body.next?.card;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { gradesPerSecond: latencies.length / SECONDS, p50: pct(latencies, 0.5), p99: pct(latencies, 0.99), errors };
}

/** The same loop with no HTTP and no Next: the data layer called directly, one grade after another. */
async function floor() {
  const user = await db.user.create({ data: { email: `floor-${randomUUID()}@example.com`, passwordHash: "x", newCardsPerDay: 1000 } });
  const latencies: number[] = [];
  let next = await getNextCard(db, { userId: user.id });
  const deadline = Date.now() + SECONDS * 1000;
  while (next.kind === "card" && Date.now() < deadline) {
    const t = performance.now();
    await gradeCard(db, { userId: user.id, questionId: next.card.questionId, rating: 3, clientKey: next.card.clientKey, durationMs: 0, source: "practice" });
    next = await getNextCard(db, { userId: user.id });
    latencies.push(performance.now() - t);
  }
  latencies.sort((a, b) => a - b);
  return { gradesPerSecond: latencies.length / ((latencies.reduce((s, x) => s + x, 0) || 1) / 1000), p50: pct(latencies, 0.5), p99: pct(latencies, 0.99) };
}

const server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], { env: { ...process.env, LOG_LEVEL: "warn" }, stdio: "ignore" });
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) break;
  } catch {}
  if (i > 200) throw new Error("server did not start");
  await new Promise((r) => setTimeout(r, 250));
}
await overHttp(10); // warm-up: compile paths, fill caches
const results: Record<string, Record<string, string | number>> = {};
let best = 0;
for (const level of LEVELS) {
  const r = await overHttp(level);
  best = Math.max(best, r.gradesPerSecond);
  results[`HTTP, ${level} users`] = { "grades/s": Math.round(r.gradesPerSecond), "p50 ms": r.p50.toFixed(1), "p99 ms": r.p99.toFixed(1), errors: r.errors };
}
server.kill("SIGTERM");
const f = await floor();
results["floor: data layer, 1 caller"] = { "grades/s": Math.round(f.gradesPerSecond), "p50 ms": f.p50.toFixed(1), "p99 ms": f.p99.toFixed(1), errors: 0 };
console.log(`\nreview loop on ${provider}: ${SECONDS} s per level, every user grading without pause`);
console.table(results);
console.log(`HTTP/floor: best HTTP throughput is ${(best / f.gradesPerSecond).toFixed(2)}x the floor's; a grade over HTTP at 10 users takes ${(Number(results["HTTP, 10 users"]?.["p50 ms"]) / f.p50).toFixed(1)}x the floor's p50`);
await cleanup();

// The review loop against its ceiling: at each concurrency (1, 10 and 50 clients by default), first an
// empty route handler (GET /api/ping) and then grade-and-next (POST /api/practice/grade), each client
// sending its next request as soon as the last one answered, against one `next start`, in one run; the
// ratio between the two is what the grade costs beyond Next itself. Then "the floor", the same
// grade-and-next called directly on the database in one process. HTTP_DB=postgres for PostgreSQL.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { freshBenchDatabase } from "./support/bench-db";

const LEVELS = (process.env.HTTP_LEVELS ?? "1,10,50").split(",").map(Number);
const SECONDS = Number(process.env.HTTP_SECONDS ?? 10);
const PORT = Number(process.env.HTTP_PORT ?? 3250);
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

const base = `http://127.0.0.1:${PORT}`;
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

const serverMs = (response: Response) => Number(/dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "")?.[1] ?? NaN);

interface Run {
  perSecond: number;
  p50: number;
  p99: number;
  serverP50: number;
  serverP99: number;
  errors: number;
}

function summarise(latencies: number[], server: number[], errors: number): Run {
  latencies.sort((a, b) => a - b);
  server.sort((a, b) => a - b);
  return { perSecond: latencies.length / SECONDS, p50: pct(latencies, 0.5), p99: pct(latencies, 0.99), serverP50: pct(server, 0.5), serverP99: pct(server, 0.99), errors };
}

/** The empty route handler as fast as `count` clients can call it for SECONDS. */
async function emptyRoute(count: number): Promise<Run> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: count }, async () => {
      while (Date.now() < deadline) {
        const t = performance.now();
        const response = await fetch(`${base}/api/ping`);
        await response.arrayBuffer();
        if (response.status !== 200) errors += 1;
        latencies.push(performance.now() - t);
      }
    }),
  );
  return summarise(latencies, [], errors);
}

/** Grades as fast as it can for SECONDS with `count` users at once; latency is per grade request. */
async function overHttp(count: number): Promise<Run> {
  const latencies: number[] = [];
  const server: number[] = [];
  let errors = 0;
  const deadline = Date.now() + SECONDS * 1000;
  await Promise.all(
    users.slice(0, count).map(async (user) => {
      const headers = { cookie: user.cookie, "content-type": "application/json", origin: base };
      let card = ((await (await fetch(`${base}/api/practice/next`, { headers })).json()) as { card?: { questionId: string; clientKey: string } }).card;
      while (card && Date.now() < deadline) {
        const t = performance.now();
        const response = await fetch(`${base}/api/practice/grade`, { method: "POST", headers, body: JSON.stringify({ questionId: card.questionId, rating: 3, clientKey: card.clientKey }) });
        const body = (await response.json()) as { next?: { card?: { questionId: string; clientKey: string } } };
        if (response.status !== 200) errors += 1;
        latencies.push(performance.now() - t);
        server.push(serverMs(response));
        card = body.next?.card;
      }
    }),
  );
  return summarise(latencies, server, errors);
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
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {}
  if (i > 200) throw new Error("server did not start");
  await new Promise((r) => setTimeout(r, 250));
}
await emptyRoute(10); // warm-up: compile paths, fill caches
await overHttp(10);
const results: Record<string, Record<string, string | number>> = {};
const ratios: string[] = [];
const row = (r: Run, empty?: Run) => ({
  "req/s": Math.round(r.perSecond),
  "p50 ms": r.p50.toFixed(2),
  "p99 ms": r.p99.toFixed(2),
  "p99/p50": (r.p99 / r.p50).toFixed(2),
  "server p50 ms": Number.isNaN(r.serverP50) ? "" : r.serverP50.toFixed(2),
  "server p99 ms": Number.isNaN(r.serverP99) ? "" : r.serverP99.toFixed(2),
  "vs empty": empty ? (r.perSecond / empty.perSecond).toFixed(2) : "",
  errors: r.errors,
});
for (const level of LEVELS) {
  const empty = await emptyRoute(level);
  const grade = await overHttp(level);
  results[`empty route, ${level} clients`] = row(empty);
  results[`grade-and-next, ${level} clients`] = row(grade, empty);
  ratios.push(`${level} clients: ${(grade.perSecond / empty.perSecond).toFixed(2)}`);
}
server.kill("SIGTERM");
const f = await floor();
results["floor: data layer, 1 caller"] = { "req/s": Math.round(f.gradesPerSecond), "p50 ms": f.p50.toFixed(2), "p99 ms": f.p99.toFixed(2), "p99/p50": (f.p99 / f.p50).toFixed(2), errors: 0 };
console.log(`\nreview loop on ${provider}: ${SECONDS} s per route and level, every client sending without pause, one next start`);
console.table(results);
console.log(`grade-and-next / empty route throughput: ${ratios.join(", ")}`);
await cleanup();

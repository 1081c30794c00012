// Load: 200 simulated users practising and taking quizzes for 60 s against `next start`, each a loop
// of real HTTP requests over Node's fetch (undici, keep-alive). Prints requests, reviews acknowledged vs in the database
// afterwards (must be equal), 5xx responses (must be 0) and latency.
import { execFileSync, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { createClient } from "@libsql/client";
import { encode } from "next-auth/jwt";

const PORT = Number(process.env.LOAD_PORT ?? 3240);
const USERS = 200;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
// Each simulated user pauses 1-3 s between actions, as a person reading a card does; LOAD_THINK_MS=0 gives a stress test.
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 2000);
const think = () => (THINK_MS > 0 ? new Promise((r) => setTimeout(r, THINK_MS / 2 + Math.random() * THINK_MS)) : Promise.resolve());
const FILE = path.resolve("data", "bench-load.db");
const SECRET = "load-bench-secret-load-bench-secret-0123";
const env = { ...process.env, DATABASE_URL: `file:${FILE}`, NEXTAUTH_SECRET: SECRET, NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn" };
const bin = (name) => path.join("node_modules", ".bin", name);
const remove = () => ["", "-wal", "-shm", "-journal"].forEach((s) => rmSync(FILE + s, { force: true }));

remove();
execFileSync(bin("prisma"), ["migrate", "deploy"], { env, stdio: "ignore" });
execFileSync(bin("tsx"), ["--import", "./scripts/support/allow-server-only.mjs", "prisma/seed.ts"], { env, stdio: "ignore" });
const sql = createClient({ url: `file:${FILE}` });
const now = new Date().toISOString().replace("Z", "+00:00");
const users = [];
for (let i = 0; i < USERS; i++) {
  const id = `load${i}${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const email = `load-${i}@example.com`;
  await sql.execute({ sql: `INSERT INTO "User" ("id","email","passwordHash","newCardsPerDay","timeZone","createdAt","sessionVersion") VALUES (?,?,'x',500,'UTC',?,0)`, args: [id, email, now] });
  const sid = `s${id}`;
  await sql.execute({ sql: `INSERT INTO "Session" ("id","userId","createdAt","expiresAt") VALUES (?,?,?,?)`, args: [sid, id, now, new Date(Date.now() + 86_400_000).toISOString().replace("Z", "+00:00")] });
  users.push({ id, cookie: `next-auth.session-token=${await encode({ token: { sub: id, email, sv: 0, sid }, secret: SECRET })}`, quiz: i % 4 === 0 });
}

const server = spawn(bin("next"), ["start", "-p", String(PORT)], { env, stdio: "ignore" });
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {}
  if (i > 200) throw new Error("server did not start");
  await new Promise((r) => setTimeout(r, 250));
}

// One user in four takes a quiz: each gets a 30-question quiz to answer during the run.
for (const user of users.filter((u) => u.quiz)) {
  const response = await fetch(`${base}/api/quizzes`, { method: "POST", headers: { cookie: user.cookie, "content-type": "application/json" }, body: JSON.stringify({ topicIds: ["apis", "databases", "http", "security", "dsa"], count: 30, timeLimitMinutes: 120 }) });
  user.quizId = (await response.json()).id;
  user.quizQuestions = (await sql.execute({ sql: `SELECT "questionId" FROM "QuizQuestion" WHERE "quizId" = ?`, args: [user.quizId] })).rows.map((r) => r.questionId);
}

const latencies = [];
const statuses = new Map();
let acknowledged = 0;
let connectionErrors = 0;
const deadline = Date.now() + SECONDS * 1000;

/** One request, timed; network failures are counted, never thrown. */
async function request(user, method, url, body) {
  const started = performance.now();
  try {
    const response = await fetch(`${base}${url}`, { method, headers: { cookie: user.cookie, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    const data = await response.json().catch(() => null);
    latencies.push(performance.now() - started);
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    return { status: response.status, data };
  } catch {
    connectionErrors += 1;
    return { status: 0, data: null };
  }
}

function answerFor(q) {
  if (q.type === "flashcard") return { text: "what I remember" };
  if (q.type === "order") return { order: JSON.parse(q.steps).map((s) => s.id) };
  return { choiceIds: [JSON.parse(q.choices)[0].id] };
}

async function practise(user) {
  let card = null;
  let n = 0;
  while (Date.now() < deadline) {
    if (!card) {
      const next = await request(user, "GET", "/api/practice/next");
      card = next.data?.kind === "card" ? next.data.card : null;
      if (!card) return;
      continue;
    }
    await think();
    const graded = await request(user, "POST", "/api/practice/grade", { questionId: card.questionId, rating: n++ % 5 === 0 ? 1 : 3, clientKey: card.clientKey });
    if (graded.status === 200 && !graded.data.duplicate) acknowledged += 1;
    card = graded.data?.next?.kind === "card" ? graded.data.next.card : null;
  }
}

async function takeQuiz(user) {
  const questions = (await sql.execute({ sql: `SELECT q."id", q."type", q."choices", q."steps" FROM "QuizQuestion" qq JOIN "Question" q ON q."id" = qq."questionId" WHERE qq."quizId" = ?`, args: [user.quizId] })).rows;
  let n = 0;
  while (Date.now() < deadline) {
    await think();
    const q = questions[n++ % questions.length];
    await request(user, "PUT", `/api/quizzes/${user.quizId}/answers`, { questionId: q.id, answer: answerFor(q) });
    if (n % 10 === 0) await request(user, "GET", "/api/practice/next");
  }
}

const runStarted = performance.now();
await Promise.all(users.map((user) => (user.quiz ? takeQuiz(user) : practise(user))));
const elapsed = (performance.now() - runStarted) / 1000;
server.kill("SIGTERM");

const inDatabase = Number((await sql.execute(`SELECT COUNT(*) AS n FROM "ReviewLog"`)).rows[0].n);
const answersSaved = Number((await sql.execute(`SELECT COUNT(*) AS n FROM "QuizQuestion" WHERE "answer" IS NOT NULL`)).rows[0].n);
const count = (prefix) => [...statuses].filter(([code]) => String(code).startsWith(prefix)).reduce((sum, [, n]) => sum + n, 0);
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]?.toFixed(1);
sql.close();
remove();

console.log(`\nload: ${USERS} users (${users.filter((u) => u.quiz).length} taking quizzes) for ${SECONDS} s against next start, pausing ${THINK_MS ? `${THINK_MS / 2}-${(THINK_MS * 3) / 2} ms` : "never"} between actions`);
console.table({
  requests: latencies.length,
  "requests/s": Math.round(latencies.length / elapsed),
  "reviews acknowledged": acknowledged,
  "reviews in database": inDatabase,
  "quiz questions answered": answersSaved,
  "2xx": count("2"),
  "4xx": count("4"),
  "5xx": count("5"),
  "connection errors": connectionErrors,
  "p50 ms": pct(0.5),
  "p99 ms": pct(0.99),
});
const ok = acknowledged === inDatabase && count("5") === 0 && connectionErrors === 0;
console.log(ok ? "every acknowledged review is in the database, and no 5xx" : "FAILED: lost reviews or server errors");
if (!ok) process.exitCode = 1;

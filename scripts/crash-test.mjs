// Crash test: under load, kill the server with SIGKILL, start it again, and check that every grade
// and quiz answer the server acknowledged is in the database and nothing is half written.
// Usage: node scripts/crash-test.mjs  (needs a production build: npm run build). Exits 1 on any loss.
import { execFileSync, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { createClient } from "@libsql/client";
import { encode } from "next-auth/jwt";

const PORT = Number(process.env.CRASH_PORT ?? 3230);
const BASE = `http://127.0.0.1:${PORT}`;
const FILE = path.resolve("data", "crash-test.db");
const SECRET = "crash-test-secret-crash-test-secret-0123";
const USERS = 24;
const LOAD_MS = 3_000;
const env = { ...process.env, DATABASE_URL: `file:${FILE}`, NEXTAUTH_SECRET: SECRET, NEXT_TELEMETRY_DISABLED: "1", PORT: String(PORT) };
const bin = (name) => path.join("node_modules", ".bin", name);

for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(FILE + suffix, { force: true });
execFileSync(bin("prisma"), ["migrate", "deploy"], { env, stdio: "ignore" });
execFileSync(bin("tsx"), ["--import", "./scripts/support/allow-server-only.mjs", "prisma/seed.ts"], { env, stdio: "ignore" });

const sql = createClient({ url: `file:${FILE}` });
const users = [];
for (let i = 0; i < USERS; i++) {
  const id = `crash${i}${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const email = `crash-${i}-${randomUUID()}@example.com`;
  await sql.execute({ sql: `INSERT INTO "User" ("id", "email", "passwordHash", "newCardsPerDay", "timeZone", "createdAt", "sessionVersion") VALUES (?, ?, 'x', 500, 'UTC', ?, 0)`, args: [id, email, new Date().toISOString().replace("Z", "+00:00")] });
  // A session row as sign-in makes it: the cookie names it, and the server refuses one that names none.
  const sid = `s${id}`;
  await sql.execute({ sql: `INSERT INTO "Session" ("id", "userId", "createdAt", "expiresAt") VALUES (?, ?, ?, ?)`, args: [sid, id, new Date().toISOString().replace("Z", "+00:00"), new Date(Date.now() + 86_400_000).toISOString().replace("Z", "+00:00")] });
  users.push({ id, cookie: `next-auth.session-token=${await encode({ token: { sub: id, email, sv: 0, sid }, secret: SECRET })}` });
}

function startServer() {
  const child = spawn(bin("next"), ["start", "-p", String(PORT)], { env, stdio: "ignore", detached: false });
  // Listened for from the start: the exit may come before anyone awaits it.
  child.exited = new Promise((resolve) => child.once("exit", resolve));
  return child;
}

async function waitHealthy() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not come up");
}

const call = (user, method, url, body) =>
  fetch(`${BASE}${url}`, { method, headers: { cookie: user.cookie, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });

const acked = { reviews: [], answers: [] };
let stop = false;

async function practiseLoop(user) {
  let card = null;
  while (!stop) {
    try {
      if (!card) {
        const next = await (await call(user, "GET", "/api/practice/next")).json();
        card = next.kind === "card" ? next.card : null;
        if (!card) return;
      }
      const response = await call(user, "POST", "/api/practice/grade", { questionId: card.questionId, rating: 3, clientKey: card.clientKey });
      if (response.status !== 200) throw new Error(`grade answered ${response.status}`);
      const result = await response.json();
      acked.reviews.push({ userId: user.id, reviewId: result.reviewId });
      card = result.next.kind === "card" ? result.next.card : null;
    } catch {
      return; // the server died under us
    }
  }
}

async function quizLoop(user) {
  try {
    const quiz = await (await call(user, "POST", "/api/quizzes", { topicIds: ["http", "dsa"], count: 20 })).json();
    const rows = await sql.execute({ sql: `SELECT "questionId" FROM "QuizQuestion" WHERE "quizId" = ? ORDER BY "position"`, args: [quiz.id] });
    let n = 0;
    while (!stop) {
      const questionId = rows.rows[n % rows.rows.length].questionId;
      const text = `answer ${n}`;
      const response = await call(user, "PUT", `/api/quizzes/${quiz.id}/answers`, { questionId, answer: { text } });
      if (response.status === 200) acked.answers.push({ quizId: quiz.id, questionId, text, n });
      else if (response.status !== 422) throw new Error(`save answered ${response.status}`);
      n += 1;
    }
  } catch {
    // the server died under us
  }
}

let server = startServer();
await waitHealthy();
// Each route's code loads on its first request; on a busy machine that alone can outlast the load window.
await call(users[0], "GET", "/api/practice/next");
await call(users[0], "PUT", "/api/quizzes/warm-up/answers", { questionId: "x", flagged: true });
await call(users[0], "POST", "/api/practice/grade", {});
const loops = users.map((user, i) => (i % 3 === 0 ? quizLoop(user) : practiseLoop(user)));
await new Promise((r) => setTimeout(r, LOAD_MS));
// On a busy machine 3 s may acknowledge nothing yet; the kill waits (up to 30 s more) until it would test something.
for (let waited = 0; waited < 30_000 && (acked.reviews.length < 3 || acked.answers.length < 1); waited += 100) await new Promise((r) => setTimeout(r, 100));
server.kill("SIGKILL");
stop = true;
await Promise.all(loops);
await server.exited;

server = startServer();
await waitHealthy();

const problems = [];
const reviewIds = new Set((await sql.execute(`SELECT "id" FROM "ReviewLog"`)).rows.map((r) => r.id));
for (const { reviewId } of acked.reviews) if (!reviewIds.has(reviewId)) problems.push(`acknowledged review ${reviewId} is missing`);
// Each question's last acknowledged answer is what the database must hold (a later unacknowledged one may also have landed).
const lastAcked = new Map();
for (const a of acked.answers) lastAcked.set(`${a.quizId}/${a.questionId}`, a);
for (const a of lastAcked.values()) {
  const row = (await sql.execute({ sql: `SELECT "answer" FROM "QuizQuestion" WHERE "quizId" = ? AND "questionId" = ?`, args: [a.quizId, a.questionId] })).rows[0];
  const saved = row?.answer ? JSON.parse(row.answer).text : null;
  const savedN = saved ? Number(saved.split(" ")[1]) : -1;
  if (savedN < a.n) problems.push(`acknowledged answer "${a.text}" for ${a.questionId} was lost (found ${saved})`);
}
// Nothing half written: every log has the card state it produced, and every card state has its logs.
const orphans = await sql.execute(`SELECT COUNT(*) AS n FROM "ReviewLog" r LEFT JOIN "CardState" c ON c."userId" = r."userId" AND c."questionId" = r."questionId" WHERE c."id" IS NULL OR c."version" < r."cardVersion"`);
if (Number(orphans.rows[0].n) > 0) problems.push(`${orphans.rows[0].n} review logs without the card state they produced`);
const unlogged = await sql.execute(`SELECT COUNT(*) AS n FROM "CardState" c WHERE c."reps" > 0 AND NOT EXISTS (SELECT 1 FROM "ReviewLog" r WHERE r."userId" = c."userId" AND r."questionId" = c."questionId" AND r."cardVersion" = c."version")`);
if (Number(unlogged.rows[0].n) > 0) problems.push(`${unlogged.rows[0].n} card states without the review log that produced them`);
const integrity = (await sql.execute("PRAGMA integrity_check")).rows[0].integrity_check;
if (integrity !== "ok") problems.push(`integrity_check: ${integrity}`);
const after = await call(users[1], "GET", "/api/practice/next");
if (after.status !== 200) problems.push(`the restarted server answered ${after.status}`);

server.kill("SIGTERM");
sql.close();
console.log(JSON.stringify({ acknowledgedReviews: acked.reviews.length, acknowledgedAnswers: acked.answers.length, reviewsInDatabase: reviewIds.size, problems }));
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(FILE + suffix, { force: true });
if (problems.length > 0 || acked.reviews.length === 0 || acked.answers.length === 0) process.exit(1);

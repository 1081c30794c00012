// Page server time at scale: /practice, /progress and /quiz/[id] rendered by `next start` for a user
// with 100,000 review logs, one request at a time (so response time on localhost is server time).
// PAGES_DB=postgres for PostgreSQL; PAGES_PORT (3260), PAGES_RUNS (40), PAGES_PROFILE_DIR, PAGES_ONLY (say "/progress").
import { spawn } from "node:child_process";
import { encode } from "next-auth/jwt";
import { freshBenchDatabase } from "./support/bench-db";
import { userWithHistory } from "./support/history";

const REVIEWS = 100_000;
const RUNS = Number(process.env.PAGES_RUNS ?? 40);
// A fresh server compiles as it serves: its first few dozen renders of a page run up to twice as long, so
// these are left out and the figures are a running server's.
const WARMUP_RUNS = 20;
const PORT = Number(process.env.PAGES_PORT ?? 3260);
const base = `http://127.0.0.1:${PORT}`;
const provider = process.env.PAGES_DB === "postgres" ? "postgresql" : "sqlite";

const { db, cleanup } = await freshBenchDatabase(`bench-pages-${provider}`, provider);
const { createQuiz } = await import("../lib/server/quiz/create-quiz");
const { user } = await userWithHistory(db, REVIEWS);
const quiz = await createQuiz(db, { userId: user.id, topicIds: ["databases", "apis"], count: 20, difficulties: [] });
// A signed-in session as sign-in makes it: a Session row, named by the cookie.
const session = await db.session.create({ data: { userId: user.id, createdAt: new Date(), expiresAt: new Date(Date.now() + 86_400_000) }, select: { id: true } });
const cookie = `next-auth.session-token=${await encode({ token: { sub: user.id, email: user.email, sv: 0, sid: session.id }, secret: process.env.NEXTAUTH_SECRET! })}`;

// PAGES_PROFILE_DIR=dir writes a V8 CPU profile of the server there when it stops.
const profile = process.env.PAGES_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.PAGES_PROFILE_DIR}`] : [];
const server = spawn(process.execPath, [...profile, "node_modules/next/dist/bin/next", "start", "-p", String(PORT)], { env: { ...process.env, LOG_LEVEL: "warn" }, stdio: "ignore" });
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {}
    if (i > 200) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 250));
  }
  const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  const results: Record<string, Record<string, string | number>> = {};
  let worstP95 = 0;
  const pages = ["/practice", "/progress", `/quiz/${quiz.id}`].filter((page) => !process.env.PAGES_ONLY || process.env.PAGES_ONLY.split(",").includes(page.replace(quiz.id, "[id]")));
  for (const page of pages) {
    const times: number[] = [];
    for (let run = 0; run < RUNS + WARMUP_RUNS; run++) {
      const t = performance.now();
      const response = await fetch(`${base}${page}`, { headers: { cookie }, redirect: "manual" });
      const html = await response.text();
      if (response.status !== 200 || html.length < 1000) throw new Error(`${page} answered ${response.status}`);
      if (run >= WARMUP_RUNS) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    worstP95 = Math.max(worstP95, pct(times, 0.95));
    results[page.replace(quiz.id, "[id]")] = { "p50 ms": pct(times, 0.5).toFixed(1), "p95 ms": pct(times, 0.95).toFixed(1), "max ms": times.at(-1)!.toFixed(1), runs: RUNS };
  }
  console.log(`\npages on ${provider}: one user with ${REVIEWS.toLocaleString("en")} review logs, one request at a time`);
  console.table(results);
  console.log(worstP95 < 50 ? "every p95 is under the 50 ms expectation" : "a p95 is OVER the 50 ms expectation");
} finally {
  server.kill("SIGTERM");
  await cleanup();
}

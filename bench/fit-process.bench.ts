// FSRS fits in kept processes against a fresh process per fit (as before), in one run: the CPU each fit costs
// the machine for a learner of 102 reviews (about the first fit anyone gets) and of 1,000. Measured as the CPU of
// this process's reaped children, so every pool is drained and its processes waited for before it is read.
import { readFileSync } from "node:fs";
import { freshBenchDatabase } from "./support/bench-db";
import { randomUUID } from "node:crypto";

const FITS = Number(process.env.FIT_RUNS ?? 20);
const { db, cleanup } = await freshBenchDatabase("bench-fit-process");
const { WorkerProcessPool } = await import("../lib/server/worker-process-pool");
const { fitCommand, fitJob } = await import("../lib/server/learner/fit-params");
const { gradeCard } = await import("../lib/server/practice/grade-card");

const DAY = 86_400_000;
/** A learner of `cards` cards reviewed `perCard` times each through the real grade path, a few days apart. */
async function learner(cards: number, perCard: number) {
  const user = await db.user.create({ data: { email: `fit-${randomUUID()}@example.com`, passwordHash: "x" } });
  const questions = await db.question.findMany({ where: { retiredAt: null }, orderBy: { id: "asc" }, take: cards, select: { id: true } });
  const start = Date.now() - 400 * DAY;
  for (const [i, { id }] of questions.entries())
    for (let r = 0; r < perCard; r++) {
      const rating = (i + r) % 5 === 0 ? 1 : 3;
      await gradeCard(db, { userId: user.id, questionId: id, rating, clientKey: randomUUID(), durationMs: 4000, source: "practice", now: new Date(start + i * 60_000 + r * (r + 1) * DAY) });
    }
  return user;
}

// cutime + cstime: the CPU of children this process has waited for, in ticks of 10 ms.
const childCpuMs = () => {
  const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /, "").split(" ");
  return (Number(fields[13]) + Number(fields[14])) * 10;
};

async function cpuPerFit(userId: string, timeZone: string, maxJobsPerWorker: number) {
  const pool = new WorkerProcessPool(fitCommand, { idleMs: 60_000, maxJobsPerWorker });
  const before = childCpuMs();
  const started = performance.now();
  for (let i = 0; i < FITS; i++) {
    // A fit that failed would be cheap and prove nothing.
    const result = await pool.run<{ ok: boolean; message?: string }>(fitJob(userId, timeZone));
    if (!result.ok) throw new Error(`fit failed: ${result.message}`);
  }
  const wallMs = (performance.now() - started) / FITS;
  const pids = pool.pids;
  pool.retireAll();
  // The children are reaped (and their CPU counted) only once they have exited.
  while (pids.some((pid) => isAlive(pid))) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 100));
  return { cpuMs: (childCpuMs() - before) / FITS, wallMs };
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const rows: Record<string, Record<string, string>> = {};
for (const [cards, perCard] of [[34, 3], [100, 10]] as const) {
  const reviews = cards * perCard;
  const user = await learner(cards, perCard);
  // Alternating, so load from elsewhere on the machine falls on both alike.
  const fresh = [], kept = [];
  for (let round = 0; round < 2; round++) {
    fresh.push(await cpuPerFit(user.id, user.timeZone, 1));
    kept.push(await cpuPerFit(user.id, user.timeZone, 1000));
  }
  const mean = (xs: { cpuMs: number; wallMs: number }[], k: "cpuMs" | "wallMs") => xs.reduce((s, x) => s + x[k], 0) / xs.length;
  rows[`${reviews} reviews, a fresh process per fit`] = { "CPU ms per fit": mean(fresh, "cpuMs").toFixed(1), "wall ms per fit": mean(fresh, "wallMs").toFixed(1) };
  rows[`${reviews} reviews, one kept process`] = {
    "CPU ms per fit": mean(kept, "cpuMs").toFixed(1),
    "wall ms per fit": mean(kept, "wallMs").toFixed(1),
    "CPU vs fresh": (mean(kept, "cpuMs") / mean(fresh, "cpuMs")).toFixed(2),
  };
}
console.log(`\nFSRS fits: ${FITS} fits per pool, two rounds of each kind, alternating`);
console.table(rows);
await cleanup();

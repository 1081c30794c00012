// npm run bench – the learner model: fitting FSRS weights to 10,000 and 100,000 reviews, the workload
// estimate for 1,000 cards, and the grade path's p50/p99 with and without a fit running at the same time.
import { randomUUID } from "node:crypto";
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from "ts-fsrs";
import { freshBenchDatabase } from "./support/bench-db";

const { db, cleanup } = await freshBenchDatabase("bench-learner");
const { fitLearnerParams } = await import("../lib/server/learner/fit-params");
const { gradeCard } = await import("../lib/server/practice/grade-card");
const { estimateReviewsPerDay, WORKLOAD_RETENTIONS } = await import("../lib/learner/workload");
const { cardFieldsFromRow } = await import("../lib/server/practice/card-row");

const DAY = 86_400_000;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** Synthetic questions, so a history can spread over as many cards as a real one would. */
async function ensureQuestions(count: number) {
  const existing = await db.question.count();
  const data = Array.from({ length: Math.max(0, count - existing) }, (_, i) => ({
    id: `bench-learner-q-${i}`,
    topicId: "dsa",
    subtopic: "bench",
    difficulty: "medium",
    type: "flashcard",
    prompt: `Synthetic learner-bench question ${i}`,
    answer: "A synthetic answer.",
    explanation: "A synthetic card used only by the benchmark.",
    position: 10_000 + i,
  }));
  for (let i = 0; i < data.length; i += 1000) await db.question.createMany({ data: data.slice(i, i + 1000) });
  return (await db.question.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: count })).map((q) => q.id);
}

/** A user whose history holds `reviews` reviews, ten per card, simulated by FSRS with a seeded learner. */
async function userWithHistory(reviews: number, questionIds: string[]) {
  const user = await db.user.create({ data: { email: `bench-${randomUUID()}@example.com`, passwordHash: "x" } });
  const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const logs: Record<string, unknown>[] = [];
  const start = Date.UTC(2024, 0, 1);
  for (let c = 0; logs.length < reviews; c++) {
    let card: Card = createEmptyCard(new Date(start + c * 60_000));
    let now = card.due;
    for (let r = 0; r < 10 && logs.length < reviews; r++) {
      const recall = card.reps === 0 ? 0.7 : scheduler.get_retrievability(card, now, false) ** 1.5;
      const rating: Grade = random() < recall ? Rating.Good : Rating.Again;
      logs.push({
        userId: user.id, questionId: questionIds[c % questionIds.length]!, rating, source: "practice", reviewedAt: now, durationMs: 6000,
        clientKey: randomUUID(), cardVersion: r + 1, prevExisted: r > 0, prevState: card.state, prevDue: card.due, prevStability: card.stability,
        prevDifficulty: card.difficulty, prevElapsedDays: 0, prevScheduledDays: card.scheduled_days, prevLearningSteps: card.learning_steps,
        prevReps: card.reps, prevLapses: card.lapses, prevLastReview: card.last_review ?? null,
      });
      card = scheduler.next(card, now, rating).card;
      now = new Date(card.due.getTime() + random() * DAY);
    }
  }
  for (let i = 0; i < logs.length; i += 2000) await db.reviewLog.createMany({ data: logs.slice(i, i + 2000) as never });
  return user.id;
}

/** A user with 1,000 cards in review, all due, for timing grades. */
async function graderWithCards(questionIds: string[]) {
  const user = await db.user.create({ data: { email: `bench-${randomUUID()}@example.com`, passwordHash: "x" } });
  const now = Date.now();
  await db.cardState.createMany({
    data: questionIds.slice(0, 1000).map((questionId, i) => ({
      userId: user.id, questionId, due: new Date(now - DAY), stability: 1 + (i % 60), difficulty: 3 + (i % 6), elapsedDays: 0,
      scheduledDays: 1 + (i % 60), learningSteps: 0, reps: 4, lapses: i % 3, state: 2, lastReview: new Date(now - 2 * DAY), version: 1,
    })),
  });
  return user.id;
}

/** One grade, timed; then a turn of the event loop, as a server takes between requests (SQLite answers
 * synchronously under its promises, so without it the fit process's message would never land). */
async function timeGrade(userId: string, questionId: string, times: number[]) {
  const started = performance.now();
  await gradeCard(db, { userId, questionId, rating: Rating.Good, clientKey: randomUUID(), durationMs: 5000, source: "practice" });
  times.push(performance.now() - started);
  await new Promise((resolve) => setImmediate(resolve));
}

async function timeGrades(userId: string, questionIds: string[], count: number, offset: number) {
  const times: number[] = [];
  for (let i = 0; i < count; i++) await timeGrade(userId, questionIds[(offset + i) % 1000]!, times);
  return times.sort((a, b) => a - b);
}

/** Grades without pause until `done` says stop, so the sample covers every phase of what runs alongside. */
async function timeGradesUntil(userId: string, questionIds: string[], done: () => boolean) {
  const times: number[] = [];
  for (let i = 0; !done(); i++) await timeGrade(userId, questionIds[i % 1000]!, times);
  return times.sort((a, b) => a - b);
}

const questionIds = await ensureQuestions(10_000);
console.log("Learner model (SQLite, in process)\n");

for (const reviews of [10_000, 100_000]) {
  const userId = await userWithHistory(reviews, questionIds);
  const started = performance.now();
  const fit = await fitLearnerParams(db, { userId });
  const ms = performance.now() - started;
  const version = await db.fsrsParams.findUniqueOrThrow({ where: { id: fit!.paramsId } });
  console.log(`fit, ${reviews.toLocaleString("en-US")} reviews: ${ms.toFixed(0)} ms (log loss ${version.logLoss.toFixed(4)} fitted vs ${version.defaultLogLoss.toFixed(4)} default; RMSE ${version.rmse.toFixed(4)} vs ${version.defaultRmse.toFixed(4)})`);
}

const grader = await graderWithCards(questionIds);
const cards = (await db.cardState.findMany({ where: { userId: grader } })).map(cardFieldsFromRow);
const workloadStarted = performance.now();
const loads = WORKLOAD_RETENTIONS.map((desiredRetention) => estimateReviewsPerDay({ cards, unseen: 0, newPerDay: 0, weights: null, desiredRetention, days: 30, seed: 1, now: new Date() }));
console.log(`workload estimate, 1,000 cards × 4 retentions × 30 days: ${(performance.now() - workloadStarted).toFixed(0)} ms (${loads.map((l) => l.toFixed(0)).join(" / ")} reviews a day)`);

// A learner with 100,000 reviews refits while the grades run. Windows with and without a fit alternate,
// each busy window spanning one whole fit (spawning the process, reading the history, the optimiser, the
// evaluation) and each quiet one as many grades, so drift in the machine's load falls on both samples alike.
const WINDOWS = 3;
const fitter = await userWithHistory(100_000, questionIds);
await timeGrades(grader, questionIds, 200, 0);
const quiet: number[] = [];
const busy: number[] = [];
let offset = 200;
for (let window = 0; window < WINDOWS; window++) {
  let fitted = false;
  const fit = fitLearnerParams(db, { userId: fitter }).then(() => (fitted = true));
  const during = await timeGradesUntil(grader, questionIds, () => fitted);
  await fit;
  busy.push(...during);
  quiet.push(...(await timeGrades(grader, questionIds, during.length, offset)));
  offset += during.length;
}
quiet.sort((a, b) => a - b);
busy.sort((a, b) => a - b);
const row = (label: string, t: number[]) => `${label}: p50 ${percentile(t, 0.5).toFixed(2)} ms, p99 ${percentile(t, 0.99).toFixed(2)} ms`;
console.log(row(`grade path, ${quiet.length} grades, no fit`, quiet));
console.log(row(`grade path, ${busy.length} grades, ${WINDOWS} fits of 100,000 reviews running`, busy));
console.log(`ratio with a fit / without: p50 ${(percentile(busy, 0.5) / percentile(quiet, 0.5)).toFixed(2)}, p99 ${(percentile(busy, 0.99) / percentile(quiet, 0.99)).toFixed(2)} (target: at most 1.10)`);
await cleanup();

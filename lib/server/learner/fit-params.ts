import "server-only";
import path from "node:path";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { concurrencyLimit } from "@/lib/concurrency-limit";
import { WorkerProcessPool } from "@/lib/server/worker-process-pool";
import type { Db } from "@/lib/db-client";
import { isFitDue, predictsBetter } from "@/lib/learner/fit-policy";
import { databaseUrl } from "@/lib/database-url";
import { assertOutsideGradeTransaction } from "@/lib/server/practice/grade-scope";
import { claimFit, markWaiting, releaseClaim, restampClaim } from "./fit-claim";

// Anki's convention: a study day starts at 4 am local time, so a late-night session counts for the day before.
const DAY_START_HOUR = 4;
const FIT_PROCESS_FILE = path.join(process.cwd(), "lib/server/learner/fit-worker.mjs");
// Linux's idle scheduling class: the fit runs only on CPU time no request wants, and yields the moment one does.
const CHRT = process.platform === "linux" ? ["/usr/bin/chrt", "/bin/chrt"].find((file) => existsSync(file)) : undefined;

/** The fit's command: under SCHED_IDLE where chrt exists (the worker lowers its own nice value too), on one optimiser thread. */
export function fitCommand(): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  const env = { ...process.env, RAYON_NUM_THREADS: "1" };
  return CHRT
    ? { command: CHRT, args: ["--idle", "0", process.execPath, FIT_PROCESS_FILE], env }
    : { command: process.execPath, args: [FIT_PROCESS_FILE], env };
}

interface FitProcessResult {
  ok: boolean;
  /** The optimiser could not judge a fit on so little history. */
  notEnoughData?: boolean;
  message?: string;
  reviews: number;
  weights: number[];
  items: number;
  fitted: { logLoss: number; rmseBins: number };
  defaults: { logLoss: number; rmseBins: number };
}

/** Runs a fit when a slot is free; the fit's own claim is checked again once it has one. */
export type FitLane = <T>(task: () => Promise<T>) => Promise<T>;

// Fit processes this server runs at once for grades that crossed a threshold; the rest queue. Learners crossing
// one together (a class, a benchmark) would otherwise start a process each, competing with requests for the CPU.
const backgroundLane: FitLane = concurrencyLimit(Math.max(1, availableParallelism() - 1));
// A fit the learner asked for, and waits on, never queues behind other learners' background fits.
const requestedLane: FitLane = concurrencyLimit(Math.max(1, availableParallelism() - 1));

// Fit processes stay up between fits (up to one per running fit), so a fit does not pay Node's and the
// optimiser's start-up again; an idle one exits after a minute, and each is replaced after 100 fits.
const fitProcesses = new WorkerProcessPool(fitCommand, { idleMs: 60_000, maxJobsPerWorker: 100 });

/** What a fit process is sent: the job arrives over IPC, so the database URL never shows in a process list. */
export const fitJob = (userId: string, timeZone: string) => ({ url: databaseUrl(), userId, timeZone, dayStartHour: DAY_START_HOUR });

async function fitInChildProcess(userId: string, timeZone: string): Promise<FitProcessResult> {
  const result = await fitProcesses.run<FitProcessResult>(fitJob(userId, timeZone));
  if (result.ok || result.notEnoughData) return result;
  throw new Error(`FSRS fit failed: ${result.message}`);
}

export interface FitOutcome {
  paramsId: string;
  version: number;
  reviewCount: number;
  inUse: boolean;
}

interface FitRequest {
  userId: string;
  now?: Date;
  /** The learner asked for this fit: it takes over a claim still waiting in the background queue. */
  requested?: boolean;
  /** Where the fit waits for a slot; the lane of its kind unless a test brings its own. */
  lane?: FitLane;
}

/**
 * Fits FSRS weights to the learner's own history in a low-priority child process and keeps them as a new version,
 * in use only when they predict that history better than the defaults. Returns null when another fit
 * of this learner is already running, or when the history is still too thin to judge a fit (the attempt
 * is recorded either way, so the next one waits for the count to double). Never call it inside a grade's transaction.
 */
export async function fitLearnerParams(db: Db, { userId, now = new Date(), requested = false, lane }: FitRequest): Promise<FitOutcome | null> {
  assertOutsideGradeTransaction("an FSRS fit");
  const claim = await claimFit(db, userId, now, { takeOverWaiting: requested });
  if (!claim) return null;
  if (!requested) markWaiting(userId, claim);
  return (lane ?? (requested ? requestedLane : backgroundLane))(async () => {
    // The queue may have held the fit past the claim's time to live; it runs only if the claim is still its own.
    const started = await restampClaim(db, userId, claim);
    if (!started) return null;
    try {
      return await fitAndKeep(db, userId, now);
    } finally {
      await releaseClaim(db, userId, started);
    }
  });
}

async function fitAndKeep(db: Db, userId: string, now: Date): Promise<FitOutcome | null> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true, useDefaultParams: true } });
  const result = await fitInChildProcess(userId, user.timeZone);
  const reviews = result.ok ? result.reviews : await db.reviewLog.count({ where: { userId } });
  await db.user.update({ where: { id: userId }, data: { fitAttemptReviews: reviews } });
  if (!result.ok) return null;
  const quality = { logLoss: result.fitted.logLoss, rmse: result.fitted.rmseBins, defaultLogLoss: result.defaults.logLoss, defaultRmse: result.defaults.rmseBins };
  const inUse = predictsBetter(quality) && !user.useDefaultParams;
  return db.$transaction(async (tx) => {
    const latest = await tx.fsrsParams.findFirst({ where: { userId }, orderBy: { version: "desc" }, select: { version: true } });
    const version = (latest?.version ?? 0) + 1;
    const params = await tx.fsrsParams.create({
      data: { userId, version, weights: JSON.stringify(result.weights), reviewCount: reviews, fittedAt: now, ...quality },
      select: { id: true },
    });
    if (!user.useDefaultParams) await tx.user.update({ where: { id: userId }, data: { fsrsParamsId: inUse ? params.id : null } });
    return { paramsId: params.id, version, reviewCount: reviews, inUse };
  });
}

/**
 * Fits when the learner's review count has reached 100, or doubled since their last fit. The count is
 * User.reviewCount, which triggers on ReviewLog keep, so the check reads one row (or none, when the
 * request already read both numbers with its session).
 */
export async function fitIfDue(
  db: Db,
  { userId, counts }: { userId: string; counts?: { reviewCount: number; fitAttemptReviews: number | null } },
): Promise<FitOutcome | null> {
  const { reviewCount, fitAttemptReviews } =
    counts ?? (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { reviewCount: true, fitAttemptReviews: true } }));
  if (!isFitDue(reviewCount, fitAttemptReviews)) return null;
  return fitLearnerParams(db, { userId });
}

/** Back to FSRS-6's default weights, until the learner asks for a fit again. */
export async function useDefaultParams(db: Db, { userId }: { userId: string }): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { useDefaultParams: true, fsrsParamsId: null } });
}

/** A fit on request: it also ends a choice of the defaults. */
export async function refitNow(db: Db, { userId, lane }: { userId: string; lane?: FitLane }): Promise<FitOutcome | null> {
  await db.user.update({ where: { id: userId }, data: { useDefaultParams: false } });
  return fitLearnerParams(db, { userId, requested: true, lane });
}

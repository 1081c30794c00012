import "server-only";
import type { Db } from "@/lib/db-client";
import { afterFailure, lockRemainingMs, type ThrottlePolicy, type ThrottleState } from "@/lib/auth/throttle";

export interface ThrottleKey {
  key: string;
  policy: ThrottlePolicy;
}

// Enough for any realistic contention; a burst that loses this often is refused rather than let through.
const MAX_SWAPS = 50;

/**
 * Rewrites one key's row from what was read, only if nobody changed it meanwhile (compare-and-swap in
 * the database, so concurrent requests and other instances each see the others' claims). Returns
 * the wait when the row says to refuse, 0 once written. Single raw statements: Prisma's updateMany
 * reads then writes in a transaction, which two SQLite processes cannot both upgrade.
 */
async function swapRow(db: Db, key: string, step: (row: ThrottleState | null) => { waitMs: number } | ThrottleState | null): Promise<number> {
  for (let i = 0; i < MAX_SWAPS; i++) {
    const row = await db.loginThrottle.findUnique({ where: { key } });
    const next = step(row);
    if (next === null) return 0;
    if ("waitMs" in next) return next.waitMs;
    const written = row
      ? await db.$executeRaw`UPDATE "LoginThrottle" SET "failures" = ${next.failures}, "windowStart" = ${next.windowStart}, "lockedUntil" = ${next.lockedUntil}
          WHERE "key" = ${key} AND "failures" = ${row.failures} AND "windowStart" = ${row.windowStart}`
      : await db.$executeRaw`INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "lockedUntil") VALUES (${key}, ${next.failures}, ${next.windowStart}, ${next.lockedUntil})
          ON CONFLICT ("key") DO NOTHING`;
    if (written === 1) return 0;
  }
  return 60_000;
}

/**
 * Claims one attempt on every key before the costly check (a password hash) runs: the attempt counts
 * as a failure from the start, so a parallel burst gets no more checks than the limit allows.
 * Returns the wait in ms when a key refuses (0: go ahead).
 */
export async function claimAttempt(db: Db, keys: ThrottleKey[], now: Date): Promise<number> {
  for (const { key, policy } of keys) {
    const waitMs = await swapRow(db, key, (row) => {
      const wait = lockRemainingMs(row, now);
      return wait > 0 ? { waitMs: wait } : afterFailure(row, now, policy);
    });
    if (waitMs > 0) return waitMs;
  }
  return 0;
}

/** Gives back a claim whose attempt succeeded, so successes from one address do not lock it. */
export async function refundAttempt(db: Db, { key, policy }: ThrottleKey): Promise<void> {
  await swapRow(db, key, (row) => {
    if (!row || row.failures === 0) return null;
    const failures = row.failures - 1;
    return { failures, windowStart: row.windowStart, lockedUntil: failures >= policy.maxFailures ? row.lockedUntil : null };
  });
}

export async function clearFailedSignIns(db: Db, key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "LoginThrottle" WHERE "key" = ${key}`;
}

export const waitMessage = (prefix: string, waitMs: number) => {
  const minutes = Math.ceil(waitMs / 60_000);
  return `${prefix} Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`;
};

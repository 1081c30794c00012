import "server-only";
import type { Db } from "@/lib/db-client";

// A fit that has not finished in this long is taken to have died with its process.
export const CLAIM_TTL_MS = 10 * 60 * 1000;

// Claims this process holds for background fits still waiting for a slot; a fit the learner asks for may take one over.
const waitingClaims = new Map<string, Date>();

/**
 * Marks a fit of the learner as under way (User.fitStartedAt), unless another is and its claim is fresh.
 * With `takeOverWaiting`, a claim this process holds for a fit still in the queue counts as free: that fit
 * finds it gone when its turn comes and does not run. Answers the claim's instant, or null.
 */
export async function claimFit(db: Db, userId: string, now: Date, { takeOverWaiting = false } = {}): Promise<Date | null> {
  const waiting = takeOverWaiting ? waitingClaims.get(userId) : undefined;
  // One millisecond on at least, so the waiting fit's own check can never mistake this claim for its own.
  const at = waiting && now.getTime() <= waiting.getTime() ? new Date(waiting.getTime() + 1) : now;
  const free = [{ fitStartedAt: null }, { fitStartedAt: { lt: new Date(at.getTime() - CLAIM_TTL_MS) } }, ...(waiting ? [{ fitStartedAt: waiting }] : [])];
  const claimed = await db.user.updateMany({ where: { id: userId, OR: free }, data: { fitStartedAt: at } });
  if (claimed.count !== 1) return null;
  if (waiting && waitingClaims.get(userId) === waiting) waitingClaims.delete(userId);
  return at;
}

/** Records that the claim waits in this process's queue, so a fit the learner asks for can take it over. */
export function markWaiting(userId: string, claim: Date): void {
  waitingClaims.set(userId, claim);
}

/**
 * Called when a queued fit gets its slot: the claim is stamped afresh, so its time to live counts from the
 * fit's start, not from when it joined the queue. Null when the claim is no longer this fit's (taken over
 * by a fit the learner asked for, or by another server once it looked expired): then this fit must not run.
 */
export async function restampClaim(db: Db, userId: string, claim: Date): Promise<Date | null> {
  if (waitingClaims.get(userId) === claim) waitingClaims.delete(userId);
  const at = new Date(Math.max(Date.now(), claim.getTime() + 1));
  const kept = await db.user.updateMany({ where: { id: userId, fitStartedAt: claim }, data: { fitStartedAt: at } });
  return kept.count === 1 ? at : null;
}

/** Ends the claim, but only if it is still this fit's: another fit's fresh claim is left alone. */
export async function releaseClaim(db: Db, userId: string, claim: Date): Promise<void> {
  await db.user.updateMany({ where: { id: userId, fitStartedAt: claim }, data: { fitStartedAt: null } });
}

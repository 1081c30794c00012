import "server-only";
import type { Db } from "@/lib/db-client";
import { afterFailure, lockRemainingMs, type ThrottlePolicy } from "@/lib/auth/throttle";

export interface ThrottleKey {
  key: string;
  policy: ThrottlePolicy;
}

/** The longest wait any of the keys still imposes, in ms (0: sign-in may proceed). */
export async function signInWaitMs(db: Db, keys: ThrottleKey[], now: Date): Promise<number> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  return Math.max(0, ...rows.map((row) => lockRemainingMs(row, now)));
}

export async function recordFailedSignIn(db: Db, keys: ThrottleKey[], now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const { key, policy } of keys) {
      const next = afterFailure(await tx.loginThrottle.findUnique({ where: { key } }), now, policy);
      await tx.loginThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
    }
  });
}

export async function clearFailedSignIns(db: Db, key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}

import "server-only";
import { ACCOUNT_POLICY, ADDRESS_POLICY } from "@/lib/auth/throttle";
import type { Db } from "@/lib/db-client";
import { claimAttempt, clearFailedSignIns, refundAttempt, waitMessage, type ThrottleKey } from "./login-throttle";
import { verifyCredentials } from "./verify-credentials";

export const THROTTLED_PREFIX = "Too many failed sign-ins.";

/** The per-account key (the email as typed, existing or not) and, when the client's address is known, the per-address key. */
export const signInKeys = (email: string, address: string | null): ThrottleKey[] => [
  { key: `email:${email}`, policy: ACCOUNT_POLICY },
  ...(address ? [{ key: `ip:${address}`, policy: ADDRESS_POLICY }] : []),
];

/**
 * Claims the attempt against the per-account and per-address limits, then checks the password. The
 * claim comes first and is atomic, so parallel guesses cannot all slip in before the first is counted.
 */
export async function signInWithThrottle(db: Db, { email, password, address, now = new Date() }: { email: string; password: string; address: string | null; now?: Date }) {
  const keys = signInKeys(email, address);
  const waitMs = await claimAttempt(db, keys, now);
  if (waitMs > 0) throw new Error(waitMessage(THROTTLED_PREFIX, waitMs));
  const user = await verifyCredentials(db, email, password);
  if (!user) return null;
  await clearFailedSignIns(db, keys[0]!.key);
  for (const key of keys.slice(1)) await refundAttempt(db, key);
  return user;
}

import "server-only";
import { ACCOUNT_POLICY, ADDRESS_POLICY } from "@/lib/auth/throttle";
import type { Db } from "@/lib/db-client";
import { clearFailedSignIns, recordFailedSignIn, signInWaitMs } from "./login-throttle";
import { verifyCredentials } from "./verify-credentials";

export const THROTTLED_PREFIX = "Too many failed sign-ins.";

/**
 * Checks a sign-in against the per-account and per-address limits, then the password. The limits key
 * on the email as typed, existing or not, so being throttled says nothing about whether an account exists.
 */
export async function signInWithThrottle(db: Db, { email, password, address, now = new Date() }: { email: string; password: string; address: string; now?: Date }) {
  const keys = [
    { key: `email:${email}`, policy: ACCOUNT_POLICY },
    { key: `ip:${address}`, policy: ADDRESS_POLICY },
  ];
  const waitMs = await signInWaitMs(db, keys, now);
  if (waitMs > 0) {
    const minutes = Math.ceil(waitMs / 60_000);
    throw new Error(`${THROTTLED_PREFIX} Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`);
  }
  const user = await verifyCredentials(db, email, password);
  if (!user) {
    await recordFailedSignIn(db, keys, now);
    return null;
  }
  await clearFailedSignIns(db, keys[0]!.key);
  return user;
}

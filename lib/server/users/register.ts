import "server-only";
import { REGISTER_POLICY } from "@/lib/auth/throttle";
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/http/app-error";
import type { RegisterInput } from "@/lib/validation/auth";
import { createUser } from "./create-user";
import { claimAttempt, waitMessage } from "./login-throttle";

export const REGISTER_THROTTLED_PREFIX = "Too many sign-ups from your network.";

/**
 * Creates the account, limited per client address (claimed before the password is hashed). An email
 * that already has an account gets the same answer as a new one, after the same work, so the form
 * does not tell anyone which emails are registered; the existing account is left as it was.
 */
export async function registerAccount(db: Db, input: RegisterInput, { address, now = new Date() }: { address: string | null; now?: Date }): Promise<void> {
  if (address) {
    const waitMs = await claimAttempt(db, [{ key: `register:${address}`, policy: REGISTER_POLICY }], now);
    if (waitMs > 0) throw new AppError("rate_limited", waitMessage(REGISTER_THROTTLED_PREFIX, waitMs));
  }
  try {
    await createUser(db, input);
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") return;
    throw error;
  }
}

export interface ThrottleState {
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

export interface ThrottlePolicy {
  maxFailures: number;
  windowMs: number;
  baseLockMs: number;
  maxLockMs: number;
}

const MINUTE = 60_000;

// An account: 5 failures in 15 minutes locks it for a minute, doubling with each further failure.
export const ACCOUNT_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * MINUTE, baseLockMs: MINUTE, maxLockMs: 60 * MINUTE };
// An address: more room, since many people can share one (an office, a mobile carrier).
export const ADDRESS_POLICY: ThrottlePolicy = { maxFailures: 20, windowMs: 15 * MINUTE, baseLockMs: MINUTE, maxLockMs: 60 * MINUTE };

// Registrations from one address: each costs a 32 MiB password hash, and nobody needs more than a few an hour.
export const REGISTER_POLICY: ThrottlePolicy = { maxFailures: 10, windowMs: 60 * MINUTE, baseLockMs: 60 * MINUTE, maxLockMs: 60 * MINUTE };

// Password-reset mail: a few an hour per email (each one lands in someone's inbox) and per address.
export const RESET_EMAIL_POLICY: ThrottlePolicy = { maxFailures: 3, windowMs: 60 * MINUTE, baseLockMs: 60 * MINUTE, maxLockMs: 60 * MINUTE };
export const RESET_ADDRESS_POLICY: ThrottlePolicy = { maxFailures: 10, windowMs: 60 * MINUTE, baseLockMs: 60 * MINUTE, maxLockMs: 60 * MINUTE };

/** The state after one more failed sign-in at `now`. */
export function afterFailure(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): ThrottleState {
  const inWindow = state && now.getTime() - state.windowStart.getTime() < policy.windowMs;
  const failures = inWindow ? state.failures + 1 : 1;
  const windowStart = inWindow ? state.windowStart : now;
  const over = failures - policy.maxFailures;
  const lockedUntil = over >= 0 ? new Date(now.getTime() + Math.min(policy.baseLockMs * 2 ** over, policy.maxLockMs)) : null;
  return { failures, windowStart, lockedUntil };
}

/** Milliseconds until sign-in is allowed again, 0 when it is allowed now. */
export const lockRemainingMs = (state: ThrottleState | null, now: Date) =>
  state?.lockedUntil ? Math.max(0, state.lockedUntil.getTime() - now.getTime()) : 0;

/** Latency allowance: an answer sent in the last second may arrive a little after the deadline. */
export const DEADLINE_GRACE_MS = 5_000;

/** Whether an answer arriving at `now` still counts. */
export const acceptsAnswerAt = (deadline: Date, now: Date, graceMs = DEADLINE_GRACE_MS) =>
  now.getTime() <= deadline.getTime() + graceMs;

/** Whether an open quiz must be closed as expired when touched at `now`. */
export const hasExpired = (deadline: Date, now: Date, graceMs = DEADLINE_GRACE_MS) => !acceptsAnswerAt(deadline, now, graceMs);

export const deadlineFor = (startedAt: Date, timeLimitSec: number) => new Date(startedAt.getTime() + timeLimitSec * 1000);

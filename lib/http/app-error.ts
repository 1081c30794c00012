export type AppErrorCode = "unauthenticated" | "forbidden" | "not_found" | "invalid" | "conflict" | "gone" | "too_large" | "rate_limited";

const STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid: 422,
  conflict: 409,
  gone: 410,
  too_large: 413,
  rate_limited: 429,
};

/** An error whose message is fit to show the user; everything else becomes a generic 500. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
  }

  get status(): number {
    return STATUS[this.code];
  }
}

/** The answer to a request whose session was ended, expired or never existed. */
export const sessionEndedError = () => new AppError("unauthenticated", "Your session has ended. Sign in again to continue.");

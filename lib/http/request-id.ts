// A client may name its request for tracing, but only in a shape that cannot forge or break a log line.
const SAFE_REQUEST_ID = /^[A-Za-z0-9_.:-]{8,64}$/;

export const isSafeRequestId = (value: string | null | undefined): value is string => typeof value === "string" && SAFE_REQUEST_ID.test(value);

/** The client's request id when it is safe to log, a fresh UUID otherwise. */
export const safeRequestId = (value: string | null | undefined): string => (isSafeRequestId(value) ? value : crypto.randomUUID());

const DAY_SECONDS = 24 * 60 * 60;

// next-auth renews the cookie on use for this long of inactivity...
export const SESSION_IDLE_SECONDS = 30 * DAY_SECONDS;
// ...but a session ends this long after sign-in however often it is renewed.
export const SESSION_ABSOLUTE_SECONDS = 30 * DAY_SECONDS;

export const SESSION_ENDED = "session ended";

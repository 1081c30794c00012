import { createHash, randomBytes } from "node:crypto";

// A reset link works for half an hour: long enough to find the mail, short enough that an old inbox is no key.
export const RESET_TOKEN_TTL_MS = 30 * 60_000;

/** SHA-256 of the token: a random 256-bit token needs no slow hash, and a copy of the table opens nothing. */
export const hashResetToken = (token: string) => createHash("sha256").update(token).digest("base64url");

/** A fresh token for the link, and the only form of it that is stored. */
export function newResetToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashResetToken(token) };
}

/** The link a learner opens. The token rides in the fragment, which browsers never send to a server or in a Referer. */
export const resetLink = (origin: string, token: string) => `${origin.replace(/\/+$/, "")}/reset-password#token=${token}`;

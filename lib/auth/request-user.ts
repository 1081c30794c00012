import "server-only";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { currentSessionLearner, type RequestLearner, type SessionClaims } from "@/lib/server/users/session-check";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  /** Read in the same round trip as the session check, for handlers that schedule cards. */
  learner?: RequestLearner;
}

/** Who a request's signed cookie says it is, before anyone has checked that the session still stands. */
export interface ClaimedUser {
  id: string;
  email: string;
  name: string | null;
  /** To check against the database before anything is read or written for this user. */
  session: SessionClaims;
}

/** The signed session cookie's claims: no database read, so the session may since have ended. */
export async function claimsFromRequest(req: NextRequest): Promise<ClaimedUser | null> {
  // Behind HTTPS next-auth names the cookie __Secure-…; read whichever this request carries.
  const secureCookie = req.nextUrl.protocol === "https:" || req.headers.get("x-forwarded-proto") === "https";
  const token = await getToken({ req, secret: env().NEXTAUTH_SECRET, secureCookie, decode: decodeSessionToken });
  if (!token?.sub || typeof token.email !== "string") return null;
  return {
    id: token.sub,
    email: token.email,
    name: typeof token.name === "string" ? token.name : null,
    session: { userId: token.sub, sessionVersion: token.sv, sessionId: token.sid },
  };
}

/** The user a route handler's request carries, read from the signed session cookie and checked against the database. */
export async function userFromRequest(req: NextRequest): Promise<SessionUser | null> {
  const claimed = await claimsFromRequest(req);
  if (!claimed) return null;
  const learner = await currentSessionLearner(db, claimed.session);
  if (!learner) return null;
  return { id: claimed.id, email: claimed.email, name: claimed.name, learner };
}

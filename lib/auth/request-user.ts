import "server-only";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { currentSessionLearner, type RequestLearner } from "@/lib/server/users/session-check";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  /** Read in the same round trip as the session check, for handlers that schedule cards. */
  learner?: RequestLearner;
}

/** The user a route handler's request carries, read from the signed session cookie. */
export async function userFromRequest(req: NextRequest): Promise<SessionUser | null> {
  // Behind HTTPS next-auth names the cookie __Secure-…; read whichever this request carries.
  const secureCookie = req.nextUrl.protocol === "https:" || req.headers.get("x-forwarded-proto") === "https";
  const token = await getToken({ req, secret: env().NEXTAUTH_SECRET, secureCookie, decode: decodeSessionToken });
  if (!token?.sub || typeof token.email !== "string") return null;
  const learner = await currentSessionLearner(db, { userId: token.sub, sessionVersion: token.sv, sessionId: token.sid });
  if (!learner) return null;
  return { id: token.sub, email: token.email, name: typeof token.name === "string" ? token.name : null, learner };
}

import "server-only";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isSessionCurrent } from "@/lib/server/users/session-check";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

/** The user a route handler's request carries, read from the signed session cookie. */
export async function userFromRequest(req: NextRequest): Promise<SessionUser | null> {
  // Behind HTTPS next-auth names the cookie __Secure-…; read whichever this request carries.
  const secureCookie = req.nextUrl.protocol === "https:" || req.headers.get("x-forwarded-proto") === "https";
  const token = await getToken({ req, secret: env().NEXTAUTH_SECRET, secureCookie });
  if (!token?.sub || typeof token.email !== "string") return null;
  if (!(await isSessionCurrent(db, { userId: token.sub, sessionVersion: token.sv, sessionId: token.sid }))) return null;
  return { id: token.sub, email: token.email, name: typeof token.name === "string" ? token.name : null };
}

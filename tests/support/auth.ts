import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { startSession } from "@/lib/server/users/session-check";

/** A session cookie as next-auth sets it at sign-in: a Session row on the server and a signed token naming it. */
export async function sessionCookie(user: { id: string; email: string }, claims: { sv?: number; sid?: string } = {}): Promise<string> {
  const sid = claims.sid ?? (await startSession(db, { userId: user.id }));
  const token = await encode({ token: { sub: user.id, email: user.email, sid, ...(claims.sv === undefined ? {} : { sv: claims.sv }) }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

/** A request carrying a real next-auth session cookie for that user, as a signed-in browser sends. */
export async function requestAs(
  user: { id: string; email: string } | null,
  url: string,
  init: { method?: string; body?: unknown; rawBody?: string | Uint8Array; cookie?: string } = {},
): Promise<NextRequest> {
  const headers = new Headers({ "content-type": "application/json" });
  if (init.cookie !== undefined) {
    headers.set("cookie", init.cookie);
  } else if (user) {
    headers.set("cookie", await sessionCookie(user));
  }
  const raw = init.rawBody instanceof Uint8Array ? new Uint8Array(init.rawBody) : init.rawBody;
  const body = raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  return new NextRequest(new URL(url, "http://localhost"), { method: init.method ?? (body ? "POST" : "GET"), headers, body });
}

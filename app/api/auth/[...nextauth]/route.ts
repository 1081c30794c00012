// GET|POST /api/auth/* – next-auth's sign-in, sign-out, session and CSRF endpoints.
import NextAuth from "next-auth";
import { NextRequest, NextResponse } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { AppError } from "@/lib/http/app-error";
import { readCappedBody } from "@/lib/http/read-json";

const nextAuth = NextAuth(authOptions) as (req: Request, ctx: unknown) => Promise<Response>;

// A sign-in or sign-out form is a few hundred bytes; next-auth would otherwise buffer any size.
const AUTH_BODY_LIMIT = 16 * 1024;

const refusal = (status: number, code: string, message: string) => NextResponse.json({ error: { code, message } }, { status });

/**
 * next-auth's own error page answers 500 for any ?error= it is handed (Configuration, or a made-up
 * one); sign-in errors are shown by our sign-in form, so the page is refused with a 400 instead.
 * Bodies are read up to a cap first, as a stream.
 */
async function handler(req: NextRequest, ctx: unknown): Promise<Response> {
  if (req.nextUrl.pathname.replace(/\/+$/, "") === "/api/auth/error") {
    return refusal(400, "auth_error", "Signing in did not work. Go back to the sign-in page and try again.");
  }
  if (req.method !== "POST") return nextAuth(req, ctx);
  let body: Uint8Array;
  try {
    body = await readCappedBody(req, AUTH_BODY_LIMIT);
  } catch (error) {
    if (error instanceof AppError) return refusal(error.status, error.code, error.message);
    throw error;
  }
  return nextAuth(new NextRequest(req.url, { method: req.method, headers: req.headers, body: new Uint8Array(body) }), ctx);
}

export { handler as GET, handler as POST };

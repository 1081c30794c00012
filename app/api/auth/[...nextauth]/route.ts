// GET|POST /api/auth/* – next-auth's sign-in, sign-out, session and CSRF endpoints.
import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authOptions } from "@/lib/auth/options";

const nextAuth = NextAuth(authOptions) as (req: Request, ctx: unknown) => Promise<Response>;

/**
 * next-auth's own error page answers 500 for any ?error= it is handed (Configuration, or a made-up
 * one); sign-in errors are shown by our sign-in form, so the page is refused with a 400 instead.
 */
async function handler(req: Request, ctx: unknown): Promise<Response> {
  if (new URL(req.url).pathname.replace(/\/+$/, "") === "/api/auth/error") {
    return NextResponse.json({ error: { code: "auth_error", message: "Signing in did not work. Go back to the sign-in page and try again." } }, { status: 400 });
  }
  return nextAuth(req, ctx);
}

export { handler as GET, handler as POST };

import type { NextRequest } from "next/server";

/**
 * Whether a state-changing request comes from our own pages. Browsers send Origin on every
 * cross-site POST, so one naming another site is refused; a request without Origin is not from
 * a browser form or fetch, and session cookies are SameSite=Lax besides.
 */
export function isSameOrigin(req: NextRequest): boolean {
  const origin = req.headers.get("origin");
  if (origin === null) return true;
  if (origin === "null") return false;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? req.nextUrl.host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

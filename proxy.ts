import { NextResponse, type NextRequest } from "next/server";
import { RETURN_PATH_HEADER } from "@/lib/auth/return-path";
import { isSameOrigin } from "@/lib/http/same-origin";
import { safeRequestId } from "@/lib/http/request-id";
import { serverActionEnvelopeProblem } from "@/lib/http/server-action-envelope";
import { contentSecurityPolicy, setSecurityHeaders } from "@/lib/security-headers";

const decodes = (path: string) => {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
};

const refusal = (status: number, code: string, message: string) => NextResponse.json({ error: { code, message } }, { status });

/** Requests refused before any route runs: Next would answer each of them with a 500. */
async function refuse(request: NextRequest): Promise<NextResponse | null> {
  if (!decodes(request.nextUrl.pathname)) return refusal(400, "bad_path", "The address holds a percent-escape that does not decode.");
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  // Next refuses a server action from another site by throwing; refuse it plainly instead.
  if (!isSameOrigin(request)) return refusal(403, "cross_site", "This request came from another site and was refused.");
  const problem = await serverActionEnvelopeProblem(request);
  return problem ? refusal(400, "bad_action_call", problem) : null;
}

/**
 * Every response gets the security headers, and pages a fresh script nonce that Next applies to
 * its own scripts (it reads the nonce from the request's CSP header). Also tags each request
 * with an id that the logs carry: the client's own only when it is of a safe shape. Redirects for
 * sign-in happen in the pages, not here.
 */
export async function proxy(request: NextRequest) {
  const requestId = safeRequestId(request.headers.get("x-request-id"));
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set(RETURN_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);

  const response = (await refuse(request)) ?? NextResponse.next({ request: { headers: requestHeaders } });
  setSecurityHeaders(response, request, csp, requestId);
  return response;
}

// Deck imports stay out: Next buffers at most proxyClientMaxBodySize (1 MB) of a body for the proxy and
// hands the route only that much, so a file upload would arrive cut short. Its route checks origin and session.
// The review loop (grade, next, undo) and the empty route stay out too: the proxy cost them 0.3-0.5 ms of a
// 1.5-2 ms request. Each of these sets the same headers itself (withUser's pastProxy, lib/http/past-proxy.ts).
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/decks/import/|api/practice/(?:grade|next|undo)$|api/ping$).*)" }],
};

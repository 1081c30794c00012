import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, HSTS, isHttps, STATIC_SECURITY_HEADERS } from "@/lib/security-headers";

/**
 * Every response gets the security headers, and pages a fresh script nonce that Next applies to
 * its own scripts (it reads the nonce from the request's CSP header). Also tags each request
 * with an id that the logs carry. Redirects for sign-in happen in the pages, not here.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  if (!requestHeaders.has("x-request-id")) requestHeaders.set("x-request-id", crypto.randomUUID());

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  if (isHttps(request.nextUrl, request.headers)) response.headers.set("Strict-Transport-Security", HSTS);
  response.headers.set("X-Request-Id", requestHeaders.get("x-request-id")!);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};

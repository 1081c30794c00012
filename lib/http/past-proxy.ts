import { API_CONTENT_SECURITY_POLICY, setSecurityHeaders } from "@/lib/security-headers";

/**
 * What proxy.ts would have added to an answer from a route it does not see (its matcher lists them): the
 * security headers, with the policy for JSON, and the request id. Answers whose headers are immutable go without.
 */
export function addPastProxyHeaders(response: Response, request: { nextUrl: URL; headers: Headers }, requestId: string): void {
  try {
    setSecurityHeaders(response, request, API_CONTENT_SECURITY_POLICY, requestId);
  } catch {
    // A response with immutable headers (a fetched one passed through) keeps its own.
  }
}

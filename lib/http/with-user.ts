import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { ZodError } from "zod";
import { claimsFromRequest, userFromRequest, type ClaimedUser, type SessionUser } from "@/lib/auth/request-user";
import { log } from "@/lib/log";
import { AppError, sessionEndedError } from "./app-error";
import { addPastProxyHeaders } from "./past-proxy";
import { safeRequestId } from "./request-id";
import { isSameOrigin } from "./same-origin";
import { UNCOMPRESSED } from "./uncompressed";

type Handler<U, C> = (req: NextRequest, user: U, context: C) => Promise<unknown>;

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export interface WithUserOptions {
  /**
   * false: answer uncompressed. For the review loop's few-KB cards, gzip through Next's compression stream
   * costs the server about 0.4 ms of CPU per answer to save about 3 KB; pages and bigger answers keep it.
   */
  compress?: boolean;
  /** The route is one proxy.ts does not see, so its answers get the proxy's headers here. */
  pastProxy?: boolean;
}

export const errorResponse = (status: number, code: string, message: string) =>
  NextResponse.json({ error: { code, message } }, { status });

/** Maps what a handler threw to a response: AppError and zod to a clear 4xx, anything else to a bare 500. */
export function toErrorResponse(error: unknown, requestId?: string | null): NextResponse {
  if (error instanceof AppError) return errorResponse(error.status, error.code, error.message);
  if (error instanceof ZodError) {
    const first = error.issues[0];
    const where = first?.path.length ? `${first.path.join(".")}: ` : "";
    return errorResponse(422, "invalid", `${where}${first?.message ?? "Invalid input."}`);
  }
  log.error("unhandled error", { requestId, error, stack: error instanceof Error ? error.stack : undefined });
  return errorResponse(500, "internal", "Something went wrong on our side. Your last action was not saved; try again.");
}

/**
 * The one way into a route handler: refuses cross-site writes, authenticates, runs the body,
 * turns errors into JSON, and logs one line for the request.
 */
export function withUser<C = unknown>(handler: Handler<SessionUser, C>, options: WithUserOptions = {}) {
  return guarded(userFromRequest, handler, options);
}

/**
 * withUser for a handler that checks the session itself, in its own first read (the grade, to save a round
 * trip): the handler is given the cookie's claims and must not read or write anything for the user before.
 */
export function withClaimedUser<C = unknown>(handler: Handler<ClaimedUser, C>, options: WithUserOptions = {}) {
  return guarded(claimsFromRequest, handler, options);
}

function guarded<U extends { id: string }, C>(
  authenticate: (req: NextRequest) => Promise<U | null>,
  handler: Handler<U, C>,
  { compress = true, pastProxy = false }: WithUserOptions,
) {
  return async (req: NextRequest, context: C): Promise<Response> => {
    const started = performance.now();
    const requestId = safeRequestId(req.headers.get("x-request-id"));
    let userId: string | null = null;
    let response: Response;
    try {
      if (STATE_CHANGING.has(req.method) && !isSameOrigin(req)) {
        response = errorResponse(403, "cross_site", "This request came from another site and was refused.");
      } else {
        const user = await authenticate(req);
        userId = user?.id ?? null;
        if (!user) {
          response = toErrorResponse(sessionEndedError());
        } else {
          const body = await handler(req, user, context);
          // A handler may build its own response (a file download); anything else is sent as JSON, through the
          // standard Response.json: NextResponse's cookie and URL helpers cost a grade 0.15 ms and are unused here.
          response = body instanceof Response ? body : Response.json(body, compress ? undefined : { headers: UNCOMPRESSED });
        }
      }
    } catch (error) {
      response = toErrorResponse(error, requestId);
    }
    if (pastProxy) addPastProxyHeaders(response, req, requestId);
    const ms = performance.now() - started;
    // The handler's own time, for benchmarks and browser dev tools (standard Server-Timing header).
    try {
      response.headers.set("Server-Timing", `app;dur=${ms.toFixed(2)}`);
    } catch {
      // A response with immutable headers simply goes without.
    }
    log.info("request", { requestId, method: req.method, path: req.nextUrl.pathname, status: response.status, ms: Math.round(ms), userId });
    return response;
  };
}

export { readJson } from "./read-json";

import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { ZodError } from "zod";
import { userFromRequest, type SessionUser } from "@/lib/auth/request-user";
import { AppError } from "./app-error";

type Handler<C> = (req: NextRequest, user: SessionUser, context: C) => Promise<unknown>;

export const errorResponse = (status: number, code: string, message: string) =>
  NextResponse.json({ error: { code, message } }, { status });

/** Maps what a handler threw to a response: AppError and zod to a clear 4xx, anything else to a bare 500. */
export function toErrorResponse(error: unknown): NextResponse {
  if (error instanceof AppError) return errorResponse(error.status, error.code, error.message);
  if (error instanceof ZodError) {
    const first = error.issues[0];
    const where = first?.path.length ? `${first.path.join(".")}: ` : "";
    return errorResponse(422, "invalid", `${where}${first?.message ?? "Invalid input."}`);
  }
  console.error(error);
  return errorResponse(500, "internal", "Something went wrong on our side. Your last action was not saved; try again.");
}

/** The one way into a route handler: authenticates, runs the body, turns errors into JSON. */
export function withUser<C = unknown>(handler: Handler<C>) {
  return async (req: NextRequest, context: C): Promise<Response> => {
    try {
      const user = await userFromRequest(req);
      if (!user) return errorResponse(401, "unauthenticated", "Your session has ended. Sign in again to continue.");
      const body = await handler(req, user, context);
      // A handler may build its own response (a file download); anything else is sent as JSON.
      return body instanceof Response ? body : NextResponse.json(body);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/** Parses a JSON body, answering malformed JSON with a 422 instead of a 500. */
export async function readJson(req: NextRequest): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw new AppError("invalid", "The request body must be JSON.");
  }
}

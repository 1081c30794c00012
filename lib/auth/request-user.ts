import "server-only";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

/** The user a route handler's request carries, read from the signed session cookie. */
export async function userFromRequest(req: NextRequest): Promise<SessionUser | null> {
  const token = await getToken({ req, secret: env().NEXTAUTH_SECRET });
  if (!token?.sub || typeof token.email !== "string") return null;
  return { id: token.sub, email: token.email, name: typeof token.name === "string" ? token.name : null };
}

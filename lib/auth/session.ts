import "server-only";
import { getServerSession } from "next-auth";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { redirect } from "next/navigation";
import { authOptions } from "./options";
import { env } from "@/lib/env";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

/** The signed-in user in a server component or action, or null. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id || !session.user.email) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name ?? null };
}

/** For pages that need a session: sends anyone else to sign in and back here afterwards. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** The user a route handler's request carries, read from the session cookie. */
export async function userFromRequest(req: NextRequest): Promise<SessionUser | null> {
  const token = await getToken({ req, secret: env().NEXTAUTH_SECRET });
  if (!token?.sub || typeof token.email !== "string") return null;
  return { id: token.sub, email: token.email, name: typeof token.name === "string" ? token.name : null };
}

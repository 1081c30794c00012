import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { currentSessionLearner } from "@/lib/server/users/session-check";
import { authOptions } from "./options";

import type { SessionUser } from "./request-user";

export type { SessionUser };

/** The signed-in user in a server component or action, or null. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id || !session.user.email) return null;
  const learner = await currentSessionLearner(db, { userId: session.user.id, sessionVersion: session.sv, sessionId: session.sid });
  if (!learner) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name ?? null, learner };
}

/** For pages that need a session: sends anyone else to sign in and back here afterwards. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

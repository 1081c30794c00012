import "server-only";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";

export type ActionFailure = { ok: false; message: string; fieldErrors?: Record<string, string> };

/** The one way into a server action that needs a user: no session, no call. */
export function authedAction<Args extends unknown[], Result>(body: (user: SessionUser, ...args: Args) => Promise<Result>) {
  return async (...args: Args): Promise<Result | ActionFailure> => {
    const user = await getSessionUser();
    if (!user) return { ok: false, message: "Your session has ended. Sign in again to continue." };
    return body(user, ...args);
  };
}

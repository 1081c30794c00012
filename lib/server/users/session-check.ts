import "server-only";
import type { Db } from "@/lib/db-client";

/** A session is current while its user exists and no password change has happened since it began. */
export async function isSessionCurrent(db: Db, userId: string, sessionVersion: number | undefined): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user !== null && user.sessionVersion === (sessionVersion ?? 0);
}

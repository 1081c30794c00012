import "server-only";
import { timingDummyHash, verifyPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db-client";

/** The user when email and password match; null otherwise, taking the same time either way. */
export async function verifyCredentials(db: Db, email: string, password: string) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true } });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await timingDummyHash()));
  if (!user || !ok) return null;
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { weakPasswordReason } from "@/lib/auth/weak-password";
import type { Db } from "@/lib/db-client";
import { AppError } from "@/lib/http/app-error";
import { claimAttempt, clearFailedSignIns, waitMessage } from "./login-throttle";
import { signInKeys } from "./sign-in";

/** Checks the current password under the same per-account limit as sign-in, claimed before the hash runs. */
async function requirePassword(db: Db, userId: string, password: string, now = new Date()) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, passwordHash: true } });
  const [accountKey] = signInKeys(user.email, null);
  const waitMs = await claimAttempt(db, [accountKey!], now);
  if (waitMs > 0) throw new AppError("rate_limited", waitMessage("Too many wrong passwords.", waitMs));
  if (!(await verifyPassword(password, user.passwordHash))) throw new AppError("forbidden", "Your current password is not right.");
  await clearFailedSignIns(db, accountKey!.key);
  return user;
}

/** Sets a new password and ends every other session (their version no longer matches). */
export async function changePassword(db: Db, { userId, currentPassword, newPassword }: { userId: string; currentPassword: string; newPassword: string }) {
  const user = await requirePassword(db, userId, currentPassword);
  const weak = weakPasswordReason(newPassword, user.email);
  if (weak) throw new AppError("invalid", weak);
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } }),
    db.session.deleteMany({ where: { userId } }),
  ]);
  return { email: user.email };
}

/** Removes the user and every row that belongs to them, in one transaction. */
export async function deleteAccount(db: Db, { userId, password }: { userId: string; password: string }) {
  const user = await requirePassword(db, userId, password);
  await db.$transaction(async (tx) => {
    await tx.quizQuestion.deleteMany({ where: { quiz: { userId } } });
    await tx.quiz.deleteMany({ where: { userId } });
    await tx.reviewLog.deleteMany({ where: { userId } });
    await tx.cardState.deleteMany({ where: { userId } });
    await tx.session.deleteMany({ where: { userId } });
    // Their own cards go too, after every row that points at them (marks hold a restricting key).
    await tx.questionMark.deleteMany({ where: { userId } });
    await tx.studySet.deleteMany({ where: { userId } });
    await tx.deckMedia.deleteMany({ where: { userId } });
    await tx.question.deleteMany({ where: { ownerId: userId } });
    await tx.deck.deleteMany({ where: { userId } });
    await tx.loginThrottle.deleteMany({ where: { key: `email:${user.email}` } });
    await tx.user.delete({ where: { id: userId } });
  });
}

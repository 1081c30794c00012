import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { hashResetToken, newResetToken, RESET_TOKEN_TTL_MS, resetLink } from "@/lib/auth/reset-token";
import { RESET_ADDRESS_POLICY, RESET_EMAIL_POLICY } from "@/lib/auth/throttle";
import { weakPasswordReason } from "@/lib/auth/weak-password";
import type { Db } from "@/lib/db-client";
import { mailEnv } from "@/lib/env";
import { AppError } from "@/lib/http/app-error";
import { log } from "@/lib/log";
import { mailConfigured, sendMail } from "@/lib/server/mail/send-mail";
import { claimAttempt, clearFailedSignIns, waitMessage } from "./login-throttle";
import { signInKeys } from "./sign-in";

export const RESET_THROTTLED_PREFIX = "Too many reset requests.";
export const RESET_LINK_DEAD = "This reset link has expired or was already used.";

/** Stores a fresh token for the user (only its hash) and returns the link that carries it. */
export async function issueResetLink(db: Db, { userId, now = new Date() }: { userId: string; now?: Date }): Promise<string> {
  const { token, tokenHash } = newResetToken();
  await db.passwordResetToken.create({ data: { tokenHash, userId, createdAt: now, expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS) } });
  return resetLink(mailEnv().publicOrigin, token);
}

const resetMail = (link: string) =>
  [
    "Someone asked to reset the password of your Backend Interview Trainer account.",
    "",
    `Choose a new password here (the link works once, for 30 minutes):`,
    link,
    "",
    "If it was not you, ignore this message: your password stays as it is.",
  ].join("\n");

/**
 * Answers every request the same way after the same work (the limits, then one lookup), whether or not
 * the email has an account. The token and the mail are made in `delivery`, which the caller runs after
 * the response is sent, so neither the answer nor its timing says whether a mail went out.
 */
export async function requestPasswordReset(
  db: Db,
  { email, address, now = new Date() }: { email: string; address: string | null; now?: Date },
): Promise<{ delivery: () => Promise<void> }> {
  const keys = [{ key: `reset-email:${email}`, policy: RESET_EMAIL_POLICY }, ...(address ? [{ key: `reset-ip:${address}`, policy: RESET_ADDRESS_POLICY }] : [])];
  const waitMs = await claimAttempt(db, keys, now);
  if (waitMs > 0) throw new AppError("rate_limited", waitMessage(RESET_THROTTLED_PREFIX, waitMs));
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  const configured = mailConfigured();
  return {
    delivery: async () => {
      if (!user) return;
      if (!configured) {
        log.warn("password reset asked but SMTP_URL is not set: run npm run user:reset-password for a link");
        return;
      }
      try {
        await sendMail({ to: email, subject: "Reset your password", text: resetMail(await issueResetLink(db, { userId: user.id, now })) });
      } catch (error) {
        log.error("password reset mail failed", { error });
      }
    },
  };
}

/**
 * Sets the new password if the token is live, and spends it: every other open link of the user dies,
 * every session ends (rows deleted, version bumped), and the account's sign-in lock is lifted.
 */
export async function resetPassword(db: Db, { token, password, now = new Date() }: { token: string; password: string; now?: Date }): Promise<{ email: string }> {
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { id: true, userId: true, expiresAt: true, usedAt: true, user: { select: { email: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= now) throw new AppError("gone", RESET_LINK_DEAD);
  const weak = weakPasswordReason(password, row.user.email);
  if (weak) throw new AppError("invalid", weak);
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    // Spent under a condition, so of two submits racing with one link only one sets a password.
    const spent = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (spent.count !== 1) throw new AppError("gone", RESET_LINK_DEAD);
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.session.deleteMany({ where: { userId: row.userId } });
  });
  await clearFailedSignIns(db, signInKeys(row.user.email, null)[0]!.key);
  return { email: row.user.email };
}

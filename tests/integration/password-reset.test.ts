import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { hashResetToken } from "@/lib/auth/reset-token";
import { db } from "@/lib/db";
import { forgotPasswordAction } from "@/app/(auth)/forgot-password/actions";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { issueResetLink, requestPasswordReset, resetPassword } from "@/lib/server/users/password-reset";
import { HOSTILE_STRINGS } from "../corpus/malformed-inputs";
import { resetTokenIn, startSmtpInbox, type SmtpInbox } from "../support/smtp-inbox";

// The inbox answers each message 300 ms late: a request that waited for the mail would show it in its time.
const SMTP_DELAY_MS = 300;
let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox({ delayMs: SMTP_DELAY_MS });
  process.env.SMTP_URL = inbox.url;
  process.env.MAIL_FROM = "Trainer <trainer@example.test>";
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  await inbox.close();
});

const unique = (label: string) => `${label}-${randomBytes(6).toString("hex")}@example.com`;
const address = () => `198.51.100.${Math.floor(Math.random() * 250)}`;

async function makeAccount(password = "orbit velvet canyon lamp") {
  return db.user.create({ data: { email: unique("reset"), passwordHash: await hashPassword(password) }, select: { id: true, email: true, sessionVersion: true } });
}

async function askAndRead(email: string) {
  const { delivery } = await requestPasswordReset(db, { email, address: address() });
  await delivery();
  const mail = await inbox.waitFor(email);
  const token = resetTokenIn(mail);
  if (!token) throw new Error(`no reset link in: ${mail.text}`);
  return { mail, token };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe("password reset", () => {
  it("mails a link whose token is stored only as its SHA-256, expiring 30 minutes after it was made", async () => {
    const user = await makeAccount();
    const { mail, token } = await askAndRead(user.email);
    expect(mail.subject).toBe("Reset your password");
    expect(mail.text).toContain("works once, for 30 minutes");
    const rows = await db.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.tokenHash).toBe(hashResetToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(30 * 60_000);
    expect(row.usedAt).toBeNull();
  });

  it("answers an unknown email exactly as a known one, in about the same time, and sends it nothing", async () => {
    const known = await Promise.all(Array.from({ length: 5 }, () => makeAccount()));
    const unknown = Array.from({ length: 5 }, () => unique("nobody"));
    const timed = async (email: string) => {
      const started = performance.now();
      const answer = await requestPasswordReset(db, { email, address: address() });
      return { ms: performance.now() - started, answer };
    };
    const knownRuns = [];
    const unknownRuns = [];
    for (let i = 0; i < 5; i++) {
      knownRuns.push(await timed(known[i]!.email));
      unknownRuns.push(await timed(unknown[i]!));
    }
    expect(Object.keys(knownRuns[0]!.answer)).toEqual(Object.keys(unknownRuns[0]!.answer));
    expect(Math.abs(median(knownRuns.map((r) => r.ms)) - median(unknownRuns.map((r) => r.ms)))).toBeLessThan(SMTP_DELAY_MS / 3);
    await Promise.all([...knownRuns, ...unknownRuns].map((r) => r.answer.delivery()));
    for (const user of known) await inbox.waitFor(user.email);
    for (const email of unknown) expect(inbox.messages.some((m) => m.to.includes(email))).toBe(false);
    expect(await db.passwordResetToken.count({ where: { user: { email: { in: unknown } } } })).toBe(0);
  });

  it("sets the new password once, ends every session and every other open link, and refuses the link a second time", async () => {
    const user = await makeAccount();
    await db.session.createMany({ data: [0, 1].map(() => ({ userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) })) });
    const older = await issueResetLink(db, { userId: user.id });
    const { token } = await askAndRead(user.email);
    await expect(resetPassword(db, { token, password: "new harbour lantern quiet" })).resolves.toEqual({ email: user.email });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("new harbour lantern quiet", after.passwordHash)).toBe(true);
    expect(await verifyPassword("orbit velvet canyon lamp", after.passwordHash)).toBe(false);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    await expect(resetPassword(db, { token, password: "another fresh passphrase" })).rejects.toMatchObject({ code: "gone" });
    const olderToken = older.split("#token=")[1]!;
    await expect(resetPassword(db, { token: olderToken, password: "another fresh passphrase" })).rejects.toMatchObject({ code: "gone" });
    expect(await verifyPassword("new harbour lantern quiet", (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash)).toBe(true);
  });

  it("lets only one of two submits racing with one link set a password", async () => {
    const user = await makeAccount();
    const token = (await issueResetLink(db, { userId: user.id })).split("#token=")[1]!;
    const results = await Promise.allSettled([
      resetPassword(db, { token, password: "first racer passphrase" }),
      resetPassword(db, { token, password: "second racer passphrase" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected" && (r.reason as { code?: string }).code === "gone")).toHaveLength(1);
  });

  it("refuses a link older than 30 minutes and accepts one just younger", async () => {
    const user = await makeAccount();
    const made = new Date(Date.now() - 30 * 60_000);
    const token = (await issueResetLink(db, { userId: user.id, now: made })).split("#token=")[1]!;
    await expect(resetPassword(db, { token, password: "too late passphrase" })).rejects.toMatchObject({ code: "gone" });
    await expect(resetPassword(db, { token, password: "in time passphrase", now: new Date(made.getTime() + 29 * 60_000) })).resolves.toEqual({ email: user.email });
  });

  it("refuses a weak password, or a token it never made, and changes nothing; the link still works after", async () => {
    const user = await makeAccount();
    const token = (await issueResetLink(db, { userId: user.id })).split("#token=")[1]!;
    await expect(resetPassword(db, { token, password: "password123" })).rejects.toMatchObject({ code: "invalid" });
    await expect(resetPassword(db, { token: randomBytes(32).toString("base64url"), password: "unrelated long words" })).rejects.toMatchObject({ code: "gone" });
    expect(await verifyPassword("orbit velvet canyon lamp", (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash)).toBe(true);
    await expect(resetPassword(db, { token, password: "unrelated long words" })).resolves.toEqual({ email: user.email });
  });

  it("limits requests per email, known or not, with the same refusal, and per address", async () => {
    for (const email of [(await makeAccount()).email, unique("ghost")]) {
      for (let i = 0; i < 3; i++) await requestPasswordReset(db, { email, address: address() });
      await expect(requestPasswordReset(db, { email, address: address() })).rejects.toThrow("Too many reset requests. Wait 60 minutes and try again.");
    }
    const from = `203.0.113.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 10; i++) await requestPasswordReset(db, { email: unique("spray"), address: from });
    await expect(requestPasswordReset(db, { email: unique("spray"), address: from })).rejects.toMatchObject({ code: "rate_limited" });
    await expect(requestPasswordReset(db, { email: unique("spray"), address: "192.0.2.77" })).resolves.toBeDefined();
  });
});

describe("the reset forms' actions", () => {
  it("answer what is not a form, a hostile email or a hostile token with a clear error and change nothing", async () => {
    const user = await makeAccount();
    const before = JSON.stringify(await db.user.findUniqueOrThrow({ where: { id: user.id } }));
    for (const notAForm of ["token=x", null, undefined, { get: () => "x" }, 42]) {
      expect(await forgotPasswordAction(notAForm as unknown as FormData)).toMatchObject({ ok: false, formError: expect.stringMatching(/takes a form/) as unknown });
      expect(await resetPasswordAction(notAForm as unknown as FormData)).toMatchObject({ ok: false, formError: expect.stringMatching(/takes a form/) as unknown });
    }
    for (const [name, value] of Object.entries(HOSTILE_STRINGS)) {
      const form = new FormData();
      form.set("email", value);
      form.set("token", value);
      form.set("password", "a perfectly long passphrase");
      const forgot = await forgotPasswordAction(form);
      expect(forgot.ok, name).toBe(false);
      const reset = await resetPasswordAction(form);
      expect(reset, name).toMatchObject({ ok: false, linkError: expect.stringMatching(/reset link/) as unknown });
    }
    expect(JSON.stringify(await db.user.findUniqueOrThrow({ where: { id: user.id } }))).toBe(before);
    expect(await db.passwordResetToken.count({ where: { userId: user.id } })).toBe(0);
  });
});

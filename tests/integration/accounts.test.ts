import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as next } from "@/app/api/practice/next/route";
import { db } from "@/lib/db";
import { createUser } from "@/lib/server/users/create-user";
import { changePassword, deleteAccount } from "@/lib/server/users/account";
import { createDeck } from "@/lib/server/decks/decks";
import { createOwnCard } from "@/lib/server/decks/own-cards";
import { setMark } from "@/lib/server/library/set-mark";
import { ownCardSchema } from "@/lib/validation/decks";
import { signInWithThrottle } from "@/lib/server/users/sign-in";
import { verifyPassword } from "@/lib/auth/password";
import { gradeCard } from "@/lib/server/practice/grade-card";
import { createQuiz } from "@/lib/server/quiz/create-quiz";
import { requestAs, sessionCookie } from "../support/auth";

const PASSWORD = "orbit velvet canyon lamp";

async function account() {
  const email = `acct-${randomUUID()}@example.com`;
  const user = await createUser(db, { email, password: PASSWORD, name: "", timeZone: "UTC" });
  return { ...user, email };
}

describe("sign-in rate limiting", () => {
  it("locks an account after 5 failures in 15 minutes, even for the right password, then lets it in later", async () => {
    const { email } = await account();
    const now = new Date("2026-05-01T10:00:00Z");
    for (let i = 0; i < 5; i++) {
      expect(await signInWithThrottle(db, { email, password: "wrong guess", address: `10.0.0.${i}`, now })).toBeNull();
    }
    await expect(signInWithThrottle(db, { email, password: PASSWORD, address: "10.0.1.1", now })).rejects.toThrow(/Too many failed sign-ins\. Wait 1 minute/);
    // One more failure after the lock doubles it.
    const later = new Date(now.getTime() + 61_000);
    expect(await signInWithThrottle(db, { email, password: "wrong again", address: "10.0.1.1", now: later })).toBeNull();
    await expect(signInWithThrottle(db, { email, password: PASSWORD, address: "10.0.1.1", now: later })).rejects.toThrow(/Wait 2 minutes/);
    const muchLater = new Date(later.getTime() + 3 * 60_000);
    expect(await signInWithThrottle(db, { email, password: PASSWORD, address: "10.0.1.1", now: muchLater })).toMatchObject({ email });
    expect(await db.loginThrottle.count({ where: { key: `email:${email}` } })).toBe(0);
  });

  it("treats an unknown email exactly like a known one, so the lock reveals nothing", async () => {
    const ghost = `nobody-${randomUUID()}@example.com`;
    const now = new Date("2026-05-01T10:00:00Z");
    for (let i = 0; i < 5; i++) expect(await signInWithThrottle(db, { email: ghost, password: "x", address: "10.9.9.9", now })).toBeNull();
    await expect(signInWithThrottle(db, { email: ghost, password: "x", address: "10.9.9.8", now })).rejects.toThrow(/Too many failed sign-ins/);
  });

  it("limits one address trying many accounts", async () => {
    const now = new Date("2026-05-01T10:00:00Z");
    const address = `172.16.${Math.floor(Math.random() * 250)}.7`;
    for (let i = 0; i < 20; i++) await signInWithThrottle(db, { email: `spray-${i}-${randomUUID()}@example.com`, password: "x", address, now });
    const { email } = await account();
    await expect(signInWithThrottle(db, { email, password: PASSWORD, address, now })).rejects.toThrow(/Too many failed sign-ins/);
    expect(await signInWithThrottle(db, { email, password: PASSWORD, address: "192.0.2.1", now })).toMatchObject({ email });
  });
});

describe("changing the password", () => {
  it("requires the current password, and ends every session that began before the change", async () => {
    const user = await account();
    const oldSession = await requestAs(user, "/api/practice/next");
    expect((await next(oldSession, {})).status).toBe(200);

    await expect(changePassword(db, { userId: user.id, currentPassword: "not it at all", newPassword: "quiet harbour sandal trumpet" })).rejects.toThrow(/current password is not right/);
    await expect(changePassword(db, { userId: user.id, currentPassword: PASSWORD, newPassword: "password1234" })).rejects.toThrow(/most common/);
    await changePassword(db, { userId: user.id, currentPassword: PASSWORD, newPassword: "quiet harbour sandal trumpet" });

    expect((await next(await requestAs(user, "/api/practice/next"), {})).status).toBe(401);
    expect((await next(await requestAs(user, "/api/practice/next", { cookie: await sessionCookie(user, { sv: 1 }) }), {})).status).toBe(200);
    expect(await signInWithThrottle(db, { email: user.email, password: PASSWORD, address: "198.51.100.1" })).toBeNull();
  });
});

describe("deleting the account", () => {
  it("requires the password, then removes every row of the user in one go and nobody else's", async () => {
    const user = await account();
    const bystander = await account();
    const question = await db.question.findFirstOrThrow({ where: { retiredAt: null } });
    for (const who of [user, bystander]) {
      await gradeCard(db, { userId: who.id, questionId: question.id, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "practice" });
      await createQuiz(db, { userId: who.id, topicIds: ["apis"], count: 5, difficulties: [] });
      // Own cards, practised, marked and in a quiz: every row pointing at them goes with the account.
      const deck = await createDeck(db, { userId: who.id, name: "mine" });
      const own: string[] = [];
      for (let i = 0; i < 5; i++) own.push((await createOwnCard(db, { userId: who.id, deckId: deck.id, card: ownCardSchema.parse({ type: "flashcard", prompt: `own ${i}`, answer: "a" }) })).id);
      await gradeCard(db, { userId: who.id, questionId: own[0]!, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "practice" });
      await setMark(db, { userId: who.id, questionId: own[1]!, change: { note: "mine", flagged: true } });
      await createQuiz(db, { userId: who.id, topicIds: [], deckIds: [deck.id], count: 5, difficulties: [] });
    }
    await expect(deleteAccount(db, { userId: user.id, password: "wrong" })).rejects.toThrow(/not right/);
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);

    const cookie = await sessionCookie(user);
    await deleteAccount(db, { userId: user.id, password: PASSWORD });
    const left = await Promise.all([
      db.user.count({ where: { id: user.id } }),
      db.cardState.count({ where: { userId: user.id } }),
      db.reviewLog.count({ where: { userId: user.id } }),
      db.quiz.count({ where: { userId: user.id } }),
      db.quizQuestion.count({ where: { quiz: { userId: user.id } } }),
      db.deck.count({ where: { userId: user.id } }),
      db.question.count({ where: { ownerId: user.id } }),
    ]);
    expect(left).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(await db.question.count({ where: { ownerId: bystander.id } })).toBe(5);
    expect(await db.cardState.count({ where: { userId: bystander.id } })).toBe(2);
    expect(await db.quiz.count({ where: { userId: bystander.id } })).toBe(2);
    expect((await next(await requestAs(user, "/api/practice/next", { cookie }), {})).status).toBe(401);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("the current-password checks of change-password and delete-account", () => {
  it("share the sign-in limit of the account: 5 wrong passwords, then even the right one waits", async () => {
    const user = await account();
    for (let i = 0; i < 5; i++) await expect(changePassword(db, { userId: user.id, currentPassword: `wrong ${i}`, newPassword: "quiet harbour sandal trumpet" })).rejects.toThrow(/not right/);
    await expect(deleteAccount(db, { userId: user.id, password: PASSWORD })).rejects.toMatchObject({ code: "rate_limited", message: expect.stringMatching(/Too many wrong passwords\. Wait 1 minute/) as unknown });
    await expect(changePassword(db, { userId: user.id, currentPassword: PASSWORD, newPassword: "quiet harbour sandal trumpet" })).rejects.toMatchObject({ code: "rate_limited" });
    await expect(signInWithThrottle(db, { email: user.email, password: PASSWORD, address: null })).rejects.toThrow(/Too many failed sign-ins/);
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
    expect(await verifyPassword(PASSWORD, (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash)).toBe(true);
  });

  it("check at most 5 passwords of a parallel burst", async () => {
    const user = await account();
    const settled = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => deleteAccount(db, { userId: user.id, password: `wrong ${i}` })));
    const codes = settled.map((s) => (s.status === "rejected" ? (s.reason as { code?: string }).code : "deleted"));
    expect(codes.filter((c) => c !== "rate_limited").length).toBeLessThanOrEqual(5);
    await expect(deleteAccount(db, { userId: user.id, password: PASSWORD })).rejects.toMatchObject({ code: "rate_limited" });
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
  });
});

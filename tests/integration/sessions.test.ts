// Sessions are rows on the server: signing out deletes the row, and no row outlives the maximum age.
import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { GET as next } from "@/app/api/practice/next/route";
import { POST as grade } from "@/app/api/practice/grade/route";
import { POST as startQuiz } from "@/app/api/quizzes/route";
import { authOptions } from "@/lib/auth/options";
import { SESSION_ABSOLUTE_SECONDS } from "@/lib/auth/session-policy";
import { db } from "@/lib/db";
import { startSession } from "@/lib/server/users/session-check";
import { requestAs, sessionCookie } from "../support/auth";
import { makeUser } from "../support/users";

const DAY = 86_400_000;
type JwtArgs = Parameters<NonNullable<NonNullable<typeof authOptions.callbacks>["jwt"]>>[0];
const jwt = (args: Partial<JwtArgs>) => authOptions.callbacks!.jwt!(args as JwtArgs);
const signOut = (token: JWT) => authOptions.events!.signOut!({ token, session: undefined as never });

describe("sessions", () => {
  it("start at sign-in as a row on the server that the token names, good for the absolute maximum age", async () => {
    const user = await makeUser(db);
    const before = Date.now();
    const token = await jwt({ token: { sub: user.id, email: user.email }, user: { id: user.id, email: user.email, sessionVersion: 0 } });
    const row = await db.session.findUniqueOrThrow({ where: { id: token.sid! } });
    expect(row.userId).toBe(user.id);
    expect(row.expiresAt.getTime()).toBeGreaterThanOrEqual(before + SESSION_ABSOLUTE_SECONDS * 1000);
    await expect(jwt({ token })).resolves.toMatchObject({ sid: row.id });
  });

  it("end on the server at sign-out: a copied cookie can no longer read data, start a quiz or be renewed", async () => {
    const user = await makeUser(db);
    const sid = await startSession(db, { userId: user.id });
    const cookie = await sessionCookie(user, { sid });
    expect((await next(await requestAs(user, "/api/practice/next", { cookie }), {})).status).toBe(200);

    await signOut({ sub: user.id, email: user.email, sid });
    expect(await db.session.count({ where: { id: sid } })).toBe(0);
    expect((await next(await requestAs(user, "/api/practice/next", { cookie }), {})).status).toBe(401);
    expect((await startQuiz(await requestAs(user, "/api/quizzes", { cookie, body: { topicIds: ["apis"], count: 5 } }), {})).status).toBe(401);
    await expect(jwt({ token: { sub: user.id, email: user.email, sid } })).rejects.toThrow(/session ended/);
    expect(await db.quiz.count({ where: { userId: user.id } })).toBe(0);
  });

  it("end at the absolute maximum age however often they are renewed, and a token naming no session never works", async () => {
    const user = await makeUser(db);
    const old = await startSession(db, { userId: user.id, now: new Date(Date.now() - SESSION_ABSOLUTE_SECONDS * 1000 - DAY) });
    const young = await startSession(db, { userId: user.id, now: new Date(Date.now() - SESSION_ABSOLUTE_SECONDS * 1000 + DAY) });
    expect((await next(await requestAs(user, "/x", { cookie: await sessionCookie(user, { sid: old }) }), {})).status).toBe(401);
    await expect(jwt({ token: { sub: user.id, sid: old } })).rejects.toThrow(/session ended/);
    expect((await next(await requestAs(user, "/x", { cookie: await sessionCookie(user, { sid: young }) }), {})).status).toBe(200);
    await expect(jwt({ token: { sub: user.id, sid: young } })).resolves.toMatchObject({ sid: young });
    // Tokens from before sessions were rows (or forged without one) name no session.
    await expect(jwt({ token: { sub: user.id, email: user.email } })).rejects.toThrow(/session ended/);
    // Another user's session id does not work for this user.
    const other = await makeUser(db);
    expect((await next(await requestAs(user, "/x", { cookie: await sessionCookie(user, { sid: await startSession(db, { userId: other.id }) }) }), {})).status).toBe(401);
  });

  it("are checked by the grade in its own first read: an ended, expired, foreign or outdated session grades nothing", async () => {
    const user = await makeUser(db);
    const card = ((await (await next(await requestAs(user, "/api/practice/next"), {})).json()) as { card: { questionId: string; clientKey: string } }).card;
    const gradeWith = async (cookie: string) =>
      (await grade(await requestAs(user, "/api/practice/grade", { cookie, body: { questionId: card.questionId, rating: 3, clientKey: card.clientKey } }), {})).status;
    const ended = await startSession(db, { userId: user.id });
    const endedCookie = await sessionCookie(user, { sid: ended });
    await signOut({ sub: user.id, email: user.email, sid: ended });
    const expired = await startSession(db, { userId: user.id, now: new Date(Date.now() - SESSION_ABSOLUTE_SECONDS * 1000 - DAY) });
    const foreign = await startSession(db, { userId: (await makeUser(db)).id });
    const refused = [
      endedCookie,
      await sessionCookie(user, { sid: expired }),
      await sessionCookie(user, { sid: foreign }),
      // A password change since the session began.
      await sessionCookie(user, { sv: 1 }),
      // A forged session id too long to be one of ours.
      await sessionCookie(user, { sid: "x".repeat(65) }),
    ];
    for (const cookie of refused) expect(await gradeWith(cookie)).toBe(401);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.cardState.count({ where: { userId: user.id } })).toBe(0);
    expect(await gradeWith(await sessionCookie(user))).toBe(200);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });
});

import "server-only";
import { SESSION_ABSOLUTE_SECONDS } from "@/lib/auth/session-policy";
import { hotQuery, type Db } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/app-error";
import { parseJsonColumn } from "@/lib/json-column";
import type { LearnerScheduler } from "@/lib/server/learner/scheduler-config";

/** What a request needs to know about its user besides who they are, read with the session check. */
export interface RequestLearner {
  scheduler: LearnerScheduler;
  newCardsPerDay: number;
  timeZone: string;
  /** The question bank's version at this request (see question-bank.ts). */
  contentVersion: number;
  /** The interview plan's inputs, when the learner set a date (it may drive the daily new-card limit). */
  plan: { interviewDate: Date; topicIds: string[] | null; followPlan: boolean } | null;
  /** The review count at the learner's last fit attempt, for the after-response fit check. */
  fitAttemptReviews: number | null;
  /** Every review the learner has made so far (kept by triggers on ReviewLog). */
  reviewCount: number;
}

export interface LearnerRow {
  sessionVersion: number | bigint;
  newCardsPerDay: number | bigint;
  timeZone: string;
  desiredRetention: number;
  interviewDate: Date | string | null;
  interviewTopics: string | null;
  newCardsFollowPlan: boolean | number | bigint;
  paramsId: string | null;
  weights: string | null;
  contentVersion: number | bigint | null;
  fitAttemptReviews: number | bigint | null;
  reviewCount: number | bigint;
  sessionUserId: string | null;
  sessionExpiresAt: Date | string | null;
}

export interface SessionClaims {
  userId: string;
  // User.sessionVersion when the session began; a password change bumps it.
  sessionVersion: number | undefined;
  // The Session row this cookie names; signing out deletes it.
  sessionId: unknown;
}

/** Records a new session at sign-in, good until the absolute maximum age; clears the user's expired ones. */
export async function startSession(db: Db, { userId, now = new Date() }: { userId: string; now?: Date }): Promise<string> {
  await db.session.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  const session = await db.session.create({ data: { userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_SECONDS * 1000) }, select: { id: true } });
  return session.id;
}

/** Ends one session on the server, so its cookie, wherever it was copied, stops working. */
export async function endSession(db: Db, sessionId: unknown): Promise<void> {
  if (typeof sessionId === "string") await db.session.deleteMany({ where: { id: sessionId } });
}

/**
 * The session check and the learner's scheduler, settings and content version in one round trip: null
 * unless the session's row exists, belongs to the user and is younger than the maximum age, and no
 * password change has happened since it began.
 */
export async function currentSessionLearner(db: Db, claims: SessionClaims, now = new Date()): Promise<RequestLearner | null> {
  if (!isSessionIdWellFormed(claims.sessionId)) return null;
  return learnerIfSessionCurrent(await learnerRow(db, claims.userId, claims.sessionId), claims, now);
}

/** A session is current while its row exists and is younger than the maximum age, and no password change has happened since it began. */
export async function isSessionCurrent(db: Db, claims: SessionClaims, now = new Date()): Promise<boolean> {
  return (await currentSessionLearner(db, claims, now)) !== null;
}

/** The learner as currentSessionLearner reads it, for callers with no session (tests, tools). */
export async function getRequestLearner(db: Db, userId: string): Promise<RequestLearner> {
  const row = await learnerRow(db, userId, null);
  if (!row) throw new AppError("not_found", "There is no such user.");
  return toLearner(row);
}

// Session ids are cuids; anything else in a cookie is refused before it reaches a statement.
export const isSessionIdWellFormed = (sessionId: unknown): sessionId is string => typeof sessionId === "string" && sessionId.length <= 64;

/**
 * What a statement selects, and joins onto "User" u, to read the learner and check the session with other rows
 * in the same round trip (the grade reads its card this way): LearnerRow's columns.
 */
export const LEARNER_COLUMNS = Prisma.sql`u."sessionVersion", u."newCardsPerDay", u."timeZone", u."desiredRetention", u."interviewDate", u."interviewTopics",
           u."newCardsFollowPlan", u."fitAttemptReviews", u."reviewCount", p."id" AS "paramsId", p."weights",
           (SELECT v."version" FROM "ContentVersion" v WHERE v."id" = 1) AS "contentVersion",
           s."userId" AS "sessionUserId", s."expiresAt" AS "sessionExpiresAt"`;
export const learnerJoins = (sessionId: string | null) => Prisma.sql`
    LEFT JOIN "FsrsParams" p ON p."id" = u."fsrsParamsId"
    LEFT JOIN "Session" s ON s."id" = ${sessionId}`;

/** The learner from a row read with LEARNER_COLUMNS, or null unless the claims' session is current (see currentSessionLearner). */
export function learnerIfSessionCurrent(row: LearnerRow | undefined, { userId, sessionVersion }: SessionClaims, now: Date): RequestLearner | null {
  if (!row || row.sessionUserId !== userId || row.sessionExpiresAt === null || !(asDate(row.sessionExpiresAt) > now)) return null;
  if (Number(row.sessionVersion) !== (sessionVersion ?? 0)) return null;
  return toLearner(row);
}

async function learnerRow(db: Db, userId: string, sessionId: string | null): Promise<LearnerRow | undefined> {
  const rows = await hotQuery<LearnerRow>(db, Prisma.sql`
    SELECT ${LEARNER_COLUMNS}
    FROM "User" u ${learnerJoins(sessionId)}
    WHERE u."id" = ${userId}`);
  return rows[0];
}

const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

function toLearner(row: LearnerRow): RequestLearner {
  return {
    scheduler: {
      config: { desiredRetention: row.desiredRetention, weights: parseJsonColumn<number[]>(row.weights) },
      paramsId: row.paramsId,
    },
    newCardsPerDay: Number(row.newCardsPerDay),
    timeZone: row.timeZone,
    contentVersion: Number(row.contentVersion ?? 0),
    fitAttemptReviews: row.fitAttemptReviews === null ? null : Number(row.fitAttemptReviews),
    reviewCount: Number(row.reviewCount),
    plan: row.interviewDate === null ? null : { interviewDate: asDate(row.interviewDate), topicIds: parseJsonColumn<string[]>(row.interviewTopics), followPlan: Boolean(Number(row.newCardsFollowPlan)) },
  };
}

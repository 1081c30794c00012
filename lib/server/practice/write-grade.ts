import "server-only";
import { hotQuery, sqliteHotPath, sqliteValue, type Db } from "@/lib/db-client";
import type { SqliteHotPath } from "@/lib/sqlite-hot-path";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CardFields } from "@/lib/srs/card";
import { noCardYet } from "./no-card-yet";

/** One grade's write: the card at its new version and the log row that records the one before. */
export interface CardWrite {
  cardId: string;
  /** The version the card had when read, or null when this grade creates it. */
  previousVersion: number | null;
  version: number;
  after: CardFields;
  now: Date;
  log: {
    id: string;
    userId: string;
    questionId: string;
    rating: number;
    source: string;
    reviewedAt: Date;
    durationMs: number;
    clientKey: string;
    cardVersion: number;
    prevExisted: boolean;
    prevState: number;
    prevDue: Date;
    prevStability: number;
    prevDifficulty: number;
    prevElapsedDays: number;
    prevScheduledDays: number;
    prevLearningSteps: number;
    prevReps: number;
    prevLapses: number;
    prevLastReview: Date | null;
    answer: string | null;
    paramsId: string | null;
    desiredRetention: number;
    overruled: boolean;
  };
}

const LOG_COLUMNS = [
  "id",
  "userId",
  "questionId",
  "rating",
  "source",
  "reviewedAt",
  "durationMs",
  "clientKey",
  "cardVersion",
  "prevExisted",
  "prevState",
  "prevDue",
  "prevStability",
  "prevDifficulty",
  "prevElapsedDays",
  "prevScheduledDays",
  "prevLearningSteps",
  "prevReps",
  "prevLapses",
  "prevLastReview",
  "answer",
  "paramsId",
  "desiredRetention",
  "overruled",
] as const;
const CARD_FIELDS = [
  "due",
  "stability",
  "difficulty",
  "elapsedDays",
  "scheduledDays",
  "learningSteps",
  "reps",
  "lapses",
  "state",
  "lastReview",
] as const;
const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

/**
 * Writes the card (only if it is still at the version read) and its log row in one transaction and one
 * round trip; false when another grade changed the card first, so nothing was written.
 */
export function writeGrade(db: Db, write: CardWrite): Promise<boolean> {
  const hot = sqliteHotPath(db);
  return hot ? writeSqlite(hot, write) : writePostgres(db, write);
}

async function writeSqlite(hot: SqliteHotPath, { cardId, previousVersion, version, after, now, log }: CardWrite): Promise<boolean> {
  const fields = CARD_FIELDS.map((f) => sqliteValue(after[f])) as (string | number | null)[];
  const card =
    previousVersion === null
      ? {
          sql: `INSERT INTO "CardState" ("id", "userId", "questionId", ${quoted(CARD_FIELDS)}, "version", "updatedAt")
                VALUES (?, ?, ?, ${CARD_FIELDS.map(() => "?").join(", ")}, ?, ?) ON CONFLICT ("userId", "questionId") DO NOTHING`,
          args: [cardId, log.userId, log.questionId, ...fields, version, sqliteValue(now) as string],
        }
      : {
          sql: `UPDATE "CardState" SET ${CARD_FIELDS.map((f) => `"${f}" = ?`).join(", ")}, "version" = ?, "updatedAt" = ? WHERE "id" = ? AND "version" = ?`,
          args: [...fields, version, sqliteValue(now) as string, cardId, previousVersion],
        };
  // changes() is the row count of the card statement just before: no card written, no log.
  const insertLog = {
    sql: `INSERT INTO "ReviewLog" (${quoted(LOG_COLUMNS)}) SELECT ${LOG_COLUMNS.map(() => "?").join(", ")} WHERE changes() = 1`,
    args: LOG_COLUMNS.map((c) => sqliteValue(log[c])) as (string | number | null)[],
  };
  const [, inserted] = await hot.write([card, insertLog, advanceFrontierSqlite(log.userId)]);
  return inserted === 1;
}

// Past the rows that need it no more: never past a live question the learner can see that has no card and is not
// suspended (User.introFrontier's rule, migration intro_frontier). From an exact frontier this reads one or two entries.
const ALL_SEEN = Prisma.raw("2147483647");
// SQLite: one comparison on the owner, not an OR, so it walks the introduction-order index (an OR sorts the whole bank).
const firstUnseenFrom = (frontier: Prisma.Sql, userId: string, { sqlite, except = Prisma.empty }: { sqlite: boolean; except?: Prisma.Sql }) => Prisma.sql`
  SELECT q."position" FROM "Question" q
  WHERE q."position" >= ${frontier} AND q."retiredAt" IS NULL
    AND ${sqlite ? Prisma.sql`COALESCE(q."ownerId", ${userId}) = ${userId}` : Prisma.sql`(q."ownerId" IS NULL OR q."ownerId" = ${userId})`} ${except}
    AND ${noCardYet(userId, { sqlite })}
    AND NOT EXISTS (SELECT 1 FROM "QuestionMark" m WHERE m."userId" = ${userId} AND m."questionId" = q."id" AND m."suspendedAt" IS NOT NULL)
  ORDER BY q."position" LIMIT 1`;

// SQLite runs one writer at a time, so the frontier read here is the one written.
export function advanceFrontierSqlite(userId: string) {
  const update = Prisma.sql`UPDATE "User" SET "introFrontier" = COALESCE((${firstUnseenFrom(Prisma.raw(`"User"."introFrontier"`), userId, { sqlite: true })}), ${ALL_SEEN}) WHERE "id" = ${userId}`;
  return { sql: update.sql, args: update.values.map(sqliteValue) as (string | number | null)[] };
}

// PostgreSQL infers no type for a parameter in a SELECT list, so each one is cast to its column's type.
const PG_TYPES: Record<(typeof LOG_COLUMNS)[number], string> = {
  id: "text",
  userId: "text",
  questionId: "text",
  rating: "integer",
  source: "text",
  reviewedAt: "timestamp(3)",
  durationMs: "integer",
  clientKey: "text",
  cardVersion: "integer",
  prevExisted: "boolean",
  prevState: "integer",
  prevDue: "timestamp(3)",
  prevStability: "double precision",
  prevDifficulty: "double precision",
  prevElapsedDays: "integer",
  prevScheduledDays: "integer",
  prevLearningSteps: "integer",
  prevReps: "integer",
  prevLapses: "integer",
  prevLastReview: "timestamp(3)",
  answer: "text",
  paramsId: "text",
  desiredRetention: "double precision",
  overruled: "boolean",
};

async function writePostgres(
  db: Db,
  { cardId, previousVersion, version, after, now, log }: CardWrite,
): Promise<boolean> {
  const values = CARD_FIELDS.map((f) => after[f]);
  const card =
    previousVersion === null
      ? Prisma.sql`INSERT INTO "CardState" ("id", "userId", "questionId", ${Prisma.raw(quoted(CARD_FIELDS))}, "version", "updatedAt")
          VALUES (${cardId}, ${log.userId}, ${log.questionId}, ${Prisma.join(values)}, ${version}, ${now})
          ON CONFLICT ("userId", "questionId") DO NOTHING RETURNING "id"`
      : Prisma.sql`UPDATE "CardState" SET ${Prisma.join(
          CARD_FIELDS.map((f, i) => Prisma.sql`${Prisma.raw(`"${f}"`)} = ${values[i]}`),
        )}, "version" = ${version}, "updatedAt" = ${now}
          WHERE "id" = ${cardId} AND "version" = ${previousVersion} RETURNING "id"`;
  // One statement, so one implicit transaction: the log row exists only if the card row was written. The frontier
  // moves on with it: the statement's snapshot does not see the new card, so its question is passed over by name;
  // and only from the frontier that snapshot read, so a concurrent move back (a card undone) is never overwritten.
  const rows = await hotQuery<{ id: string }>(db, Prisma.sql`
    WITH card AS (${card}),
    logged AS (
      INSERT INTO "ReviewLog" (${Prisma.raw(quoted(LOG_COLUMNS))})
      SELECT ${Prisma.join(LOG_COLUMNS.map((c) => Prisma.sql`${log[c]}::${Prisma.raw(PG_TYPES[c])}`))} FROM card
      RETURNING "id"
    ),
    frontier AS (
      UPDATE "User" u SET "introFrontier" = w."next"
      FROM (
        SELECT f."introFrontier" AS "was", COALESCE((${firstUnseenFrom(Prisma.raw(`f."introFrontier"`), log.userId, { sqlite: false, except: Prisma.sql`AND q."id" <> ${log.questionId}` })}), ${ALL_SEEN}) AS "next"
        FROM "User" f WHERE f."id" = ${log.userId}
      ) w
      WHERE u."id" = ${log.userId} AND u."introFrontier" = w."was" AND w."next" <> w."was" AND EXISTS (SELECT 1 FROM card)
    )
    SELECT "id" FROM logged`);
  return rows.length === 1;
}

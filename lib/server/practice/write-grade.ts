import "server-only";
import { hotQuery, sqliteHotPath, sqliteValue, type Db } from "@/lib/db-client";
import type { SqliteHotPath } from "@/lib/sqlite-hot-path";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CardFields } from "@/lib/srs/card";

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
  const [, inserted] = await hot.write([card, insertLog]);
  return inserted === 1;
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
  // One statement, so one implicit transaction: the log row exists only if the card row was written.
  const rows = await hotQuery<{ id: string }>(db, Prisma.sql`
    WITH card AS (${card})
    INSERT INTO "ReviewLog" (${Prisma.raw(quoted(LOG_COLUMNS))})
    SELECT ${Prisma.join(LOG_COLUMNS.map((c) => Prisma.sql`${log[c]}::${Prisma.raw(PG_TYPES[c])}`))} FROM card
    RETURNING "id"`);
  return rows.length === 1;
}

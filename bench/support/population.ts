// A synthetic population: users who have each seen every question, with review histories, inserted
// in bulk by the database itself (INSERT … SELECT over a generated series), so millions of rows take
// seconds, not hours. Used by the growth benchmark; `npx tsx bench/support/population.ts <users>` runs it alone.
import type { Db } from "../../lib/db-client";
import { isPostgres } from "../../lib/db-client";

const PREFIX = "pop";

/** Adds users numbered [from, to) with a card state per question and `logsPerCard` review logs each. */
export async function addPopulation(db: Db, { from, to, logsPerCard }: { from: number; to: number; logsPerCard: number }) {
  if (to <= from) return;
  if (isPostgres()) {
    await db.$executeRawUnsafe(`
      INSERT INTO "User" ("id", "email", "passwordHash", "newCardsPerDay", "timeZone", "createdAt", "sessionVersion")
      SELECT '${PREFIX}' || i, '${PREFIX}' || i || '@example.com', 'x', 20, 'UTC', now(), 0 FROM generate_series(${from}, ${to - 1}) AS i`);
    await db.$executeRawUnsafe(`
      INSERT INTO "CardState" ("id", "userId", "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "version", "updatedAt")
      SELECT 'cs' || i || '_' || q."position" || '_' || q."topicId", '${PREFIX}' || i, q."id",
             now() + ((random() * 80 - 20) * interval '1 day'), 1 + random() * 90, 1 + random() * 9, 0, 10, 0,
             ${logsPerCard}, (random() * 3)::int, 2, now() - random() * interval '30 days', ${logsPerCard}, now()
      FROM generate_series(${from}, ${to - 1}) AS i CROSS JOIN "Question" q WHERE q."retiredAt" IS NULL`);
    await db.$executeRawUnsafe(`
      INSERT INTO "ReviewLog" ("id", "userId", "questionId", "rating", "source", "reviewedAt", "durationMs", "clientKey", "cardVersion", "prevExisted",
                               "prevState", "prevDue", "prevStability", "prevDifficulty", "prevElapsedDays", "prevScheduledDays", "prevLearningSteps", "prevReps", "prevLapses", "prevLastReview")
      SELECT c."id" || '_' || k, c."userId", c."questionId", CASE WHEN random() < 0.12 THEN 1 ELSE 3 END, 'practice',
             now() - ((k * 17 + random() * 10) * interval '1 day'), 4000, c."id" || '_' || k, k, k > 1,
             2, now(), 5, 5, 5, 10 + (random() * 30)::int, 0, k - 1, 0, NULL
      FROM "CardState" c CROSS JOIN generate_series(1, ${logsPerCard}) AS k
      WHERE c."userId" IN (SELECT '${PREFIX}' || i FROM generate_series(${from}, ${to - 1}) AS i)`);
    return;
  }
  const iso = (offsetSql: string) => `strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', (${offsetSql}) || ' seconds')`;
  await db.$executeRawUnsafe(`
    WITH RECURSIVE n(i) AS (SELECT ${from} UNION ALL SELECT i + 1 FROM n WHERE i < ${to - 1})
    INSERT INTO "User" ("id", "email", "passwordHash", "newCardsPerDay", "timeZone", "createdAt", "sessionVersion")
    SELECT '${PREFIX}' || i, '${PREFIX}' || i || '@example.com', 'x', 20, 'UTC', ${iso("0")}, 0 FROM n`);
  await db.$executeRawUnsafe(`
    WITH RECURSIVE n(i) AS (SELECT ${from} UNION ALL SELECT i + 1 FROM n WHERE i < ${to - 1})
    INSERT INTO "CardState" ("id", "userId", "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "version", "updatedAt")
    SELECT 'cs' || i || '_' || q."position" || '_' || q."topicId", '${PREFIX}' || i, q."id",
           ${iso("(abs(random()) % 6912000) - 1728000")}, 1 + (abs(random()) % 90), 1 + (abs(random()) % 9), 0, 10, 0,
           ${logsPerCard}, abs(random()) % 3, 2, ${iso("-(abs(random()) % 2592000)")}, ${logsPerCard}, ${iso("0")}
    FROM n CROSS JOIN "Question" q WHERE q."retiredAt" IS NULL`);
  await db.$executeRawUnsafe(`
    WITH RECURSIVE k(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM k WHERE j < ${logsPerCard})
    INSERT INTO "ReviewLog" ("id", "userId", "questionId", "rating", "source", "reviewedAt", "durationMs", "clientKey", "cardVersion", "prevExisted",
                             "prevState", "prevDue", "prevStability", "prevDifficulty", "prevElapsedDays", "prevScheduledDays", "prevLearningSteps", "prevReps", "prevLapses", "prevLastReview")
    SELECT c."id" || '_' || j, c."userId", c."questionId", CASE WHEN abs(random()) % 100 < 12 THEN 1 ELSE 3 END, 'practice',
           ${iso("-(j * 1468800 + abs(random()) % 864000)")}, 4000, c."id" || '_' || j, j, j > 1,
           2, ${iso("0")}, 5, 5, 5, 10 + abs(random()) % 30, 0, j - 1, 0, NULL
    FROM "CardState" c CROSS JOIN k
    WHERE c."userId" >= '${PREFIX}' AND c."userId" IN (SELECT '${PREFIX}' || i FROM (WITH RECURSIVE n(i) AS (SELECT ${from} UNION ALL SELECT i + 1 FROM n WHERE i < ${to - 1}) SELECT i FROM n))`);
}

export const populationUserId = (i: number) => `${PREFIX}${i}`;

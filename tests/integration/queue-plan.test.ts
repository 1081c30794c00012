// The practice queue runs on every grade as one generic plan (PostgreSQL's plan_cache_mode=force_generic_plan on the
// hot path), chosen without the parameters' values. With a learner's long history in the statistics, no part of it
// may read the learner's whole ReviewLog, nor any review row to count the day's new cards.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isPostgres, isSqliteClient, sqliteHotPath, sqliteValue } from "@/lib/db-client";
import { practiceQueueStatement } from "@/lib/server/practice/get-next-card";
import { gradeCard } from "@/lib/server/practice/grade-card";
import { getRequestLearner } from "@/lib/server/users/session-check";
import { makeUser } from "../support/users";

// A long history as a learner builds it: two years of evenings, oldest first (as the page benchmarks build theirs).
const REVIEWS = 100_000;
const DAYS = 730;
// Each card's first review is an introduction; the rest are reviews of cards already seen.
const DISTINCT_CARDS = 300;

/** The plan every grade runs for this learner: the hot path's generic one, on a connection of its own. */
async function genericPlan(userId: string, now: Date): Promise<string> {
  const statement = practiceQueueStatement(db, { userId, now, learner: await getRequestLearner(db, userId) });
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL, options: "-c plan_cache_mode=force_generic_plan" });
  await client.connect();
  try {
    const types = statement.values.map(() => "unknown").join(", ");
    await client.query(`PREPARE queue (${types}) AS ${statement.text}`);
    // The statement's values are text, numbers, instants and nulls.
    const text = (v: unknown) => (v instanceof Date ? v.toISOString() : typeof v === "number" ? String(v) : (v as string));
    const literal = (v: unknown) => (v === null ? "NULL" : `'${text(v).replace(/'/g, "''")}'`);
    const { rows } = await client.query(`EXPLAIN EXECUTE queue(${statement.values.map(literal).join(", ")})`);
    return rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n");
  } finally {
    await client.end();
  }
}

describe.skipIf(!isPostgres())("the practice queue's generic plan on PostgreSQL", () => {
  it("counts the day's new cards without reading the learner's whole ReviewLog, for a learner with a long history", async () => {
    const user = await makeUser(db);
    const now = Date.now();
    // Written by the database itself: 100,000 rows through Prisma take half a minute.
    await db.$executeRaw`
      INSERT INTO "ReviewLog" ("id", "userId", "questionId", "rating", "source", "reviewedAt", "durationMs", "clientKey", "cardVersion",
        "prevExisted", "prevState", "prevDue", "prevStability", "prevDifficulty", "prevElapsedDays", "prevScheduledDays", "prevLearningSteps", "prevReps", "prevLapses")
      SELECT md5(random()::text), ${user.id}, q."id", 3, 'practice', at, 1000, md5(random()::text), 1, i > ${DISTINCT_CARDS}, 2, at, 10, 5, 10, 10, 0, 5, 0
      FROM generate_series(1, ${REVIEWS}) AS i
      CROSS JOIN LATERAL (SELECT ${new Date(now)}::timestamp(3) - make_interval(days => ${DAYS} - (i * ${DAYS} / ${REVIEWS}), secs => i % 3600) AS at) AS t
      JOIN LATERAL (SELECT "id" FROM "Question" WHERE "retiredAt" IS NULL AND "ownerId" IS NULL ORDER BY "id" OFFSET (i % ${DISTINCT_CARDS}) LIMIT 1) AS q ON TRUE`;
    await db.$executeRawUnsafe(`ANALYZE "ReviewLog", "CardState", "Question", "QuestionMark"`);

    const plan = await genericPlan(user.id, new Date(now));
    // From the index alone: the rows of a day's introductions lie scattered among every other learner's.
    expect(plan).toContain(`Index Only Scan using "ReviewLog_introductions_idx"`);
    expect(plan).not.toMatch(/Seq Scan on "ReviewLog"/);
  }, 120_000);

  it("looks for the next new card by probing each question's card, never by rescanning every card the learner has", async () => {
    const user = await makeUser(db);
    await db.$executeRaw`
      INSERT INTO "CardState" ("id", "userId", "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
        "learningSteps", "reps", "lapses", "state", "version", "updatedAt")
      SELECT md5(random()::text), ${user.id}, q."id", now() + interval '1 day', 3, 5, 0, 1, 0, 1, 0, 2, 1, now()
      FROM (SELECT "id" FROM "Question" WHERE "retiredAt" IS NULL AND "ownerId" IS NULL ORDER BY "position" LIMIT 700) AS q`;
    await db.$executeRawUnsafe(`ANALYZE "CardState", "Question"`);
    const plan = await genericPlan(user.id, new Date());
    // An anti join over a materialised list of the learner's cards reads all of them again for each question walked.
    expect(plan).not.toMatch(/Materialize[^\n]*\n\s*->[^\n]*on "CardState"/);
    expect(plan).toMatch(/SubPlan \d+\n\s*->\s+Index Only Scan using "CardState_userId_questionId_key"/);
  }, 60_000);
});

describe.runIf(isSqliteClient(db))("the practice queue's plan on SQLite", () => {
  it("counts the day's new cards from the index alone, reading no review row", async () => {
    const user = await makeUser(db);
    const questions = await db.question.findMany({ where: { retiredAt: null, ownerId: null }, orderBy: { position: "asc" }, take: 3, select: { id: true } });
    for (const { id } of questions)
      await gradeCard(db, { userId: user.id, questionId: id, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "practice" });
    const statement = practiceQueueStatement(db, { userId: user.id, now: new Date(), learner: await getRequestLearner(db, user.id) });
    const plan = sqliteHotPath(db)!
      .query<{ detail: string }>({ sql: `EXPLAIN QUERY PLAN ${statement.sql}`, args: statement.values.map(sqliteValue) as (string | number | null)[] })
      .map((r) => r.detail);
    expect(plan).toContain("SEARCH r USING COVERING INDEX ReviewLog_introductions_idx (userId=? AND reviewedAt>?)");
  });
});

import "server-only";
import { hotQuery, isSqliteClient, type Db } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NextCardResult, QueueCounts } from "@/lib/practice/types";
import { startOfLocalDay } from "@/lib/time/local-day";
import { questionBank, type QuestionBank } from "@/lib/server/content/question-bank";
import { plannedNewPerDay } from "@/lib/server/learner/get-interview-plan";
import { getRequestLearner, type RequestLearner } from "@/lib/server/users/session-check";
import { cardStateFromRaw, type RawCardStateRow } from "./card-row";
import { cardWithMarks } from "@/lib/server/library/card-marks";
import { sqlVisibleTo } from "@/lib/server/library/hidden-questions";
import { toPracticeCard } from "./to-practice-card";
import { ownLiveCard } from "@/lib/server/decks/own-live-card";
import { noCardYet } from "./no-card-yet";

export interface NextCardOptions {
  userId: string;
  topicId?: string | null;
  now?: Date;
  /** The learner as the request's session check read them; read here when absent. */
  learner?: RequestLearner;
}

interface QueueRow extends RawCardStateRow {
  dueCount: number | bigint;
  seenCount: number | bigint;
  introducedToday: number | bigint;
  newQuestionId: string | null;
  hiddenUnseen: number | bigint;
  dueNote: string | null;
  dueFlagged: boolean | number | bigint | null;
  newNote: string | null;
  newFlagged: boolean | number | bigint | null;
  planSeen: number | bigint | null;
  ownLive: number | bigint;
}

/**
 * The whole queue in one statement: due and seen counts, new cards introduced since local midnight,
 * the card due soonest (its row: the most overdue one, or when none is due the next to come due), and
 * the first unseen question in introduction order.
 * Questions the learner has suspended or buried are left out of each; new cards started from a library
 * selection do not use up the daily limit.
 */
export function practiceQueueStatement(db: Db, { userId, topicId, now, learner }: QueueScope): Prisma.Sql {
  // Every subquery over "Question" carries this: the bank and the learner's own cards, never another's.
  // On SQLite one comparison, not an OR, so it walks the introduction-order index instead of the owner index;
  // PostgreSQL estimates the OR from its statistics but guesses blindly at the COALESCE.
  const sqlite = isSqliteClient(db);
  const mine = sqlite
    ? Prisma.sql`AND COALESCE(q."ownerId", ${userId}) = ${userId}`
    : Prisma.sql`AND ${sqlVisibleTo(userId)}`;
  const inTopic = topicId ? Prisma.sql`AND q."topicId" = ${topicId} ${mine}` : mine;
  const dayStart = startOfLocalDay(now, learner.timeZone);
  // With an interview plan that drives the daily limit, the questions of its topics seen so far.
  const planTopics = planTopicsOf(learner);
  const inPlan = planTopics.length ? Prisma.sql`AND q."topicId" IN (${Prisma.join(planTopics)})` : Prisma.empty;
  const planSeen = learner.plan?.followPlan
    ? Prisma.sql`(SELECT CAST(COUNT(*) AS INTEGER) FROM "CardState" c JOIN "Question" q ON q."id" = c."questionId"
        WHERE c."userId" = ${userId} AND q."retiredAt" IS NULL ${inPlan} ${mine})`
    : Prisma.sql`NULL`;
  // Live questions with a card: within a topic, walked from the topic's questions; in all, every card less
  // those on retired questions (SQLite finds them in the introduction-order index's entries), so neither
  // reads each card's question row.
  // A learner only ever has cards on questions they can see, so the bank and their own.
  // Without sqlite_stat1 SQLite's planner passes over the partial index and scans every question's entry.
  const retired = sqlite ? Prisma.sql`"Question" q INDEXED BY "Question_retired_idx"` : Prisma.sql`"Question" q`;
  const seenCount = topicId
    ? Prisma.sql`(SELECT CAST(COUNT(*) AS INTEGER) FROM "Question" q WHERE q."retiredAt" IS NULL ${inTopic}
        AND EXISTS (SELECT 1 FROM "CardState" s WHERE s."userId" = ${userId} AND s."questionId" = q."id"))`
    : Prisma.sql`((SELECT CAST(COUNT(*) AS INTEGER) FROM "CardState" c WHERE c."userId" = ${userId})
        - (SELECT CAST(COUNT(*) AS INTEGER) FROM ${retired} WHERE q."retiredAt" IS NOT NULL
            AND EXISTS (SELECT 1 FROM "CardState" s WHERE s."userId" = ${userId} AND s."questionId" = q."id")))`;
  // Questions the learner has suspended, or buried until a later instant, leave the queue.
  const visible = Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "QuestionMark" m WHERE m."userId" = ${userId} AND m."questionId" = q."id"
            AND (m."suspendedAt" IS NOT NULL OR m."buriedUntil" > ${now}))`;
  // The walk in introduction order probes each question's card until one has none, starting at the learner's
  // frontier: every question below it has a card or is suspended (User.introFrontier), so it reads a few entries,
  // not one per card the learner has seen.
  const notSeen = Prisma.sql`AND q."position" >= (SELECT fu."introFrontier" FROM "User" fu WHERE fu."id" = ${userId})
        AND ${noCardYet(userId, { sqlite })}`;
  // dm and fm: the learner's note and star on either candidate, shown with the answer.
  return Prisma.sql`
      SELECT
        (SELECT CAST(COUNT(*) AS INTEGER) FROM "CardState" c JOIN "Question" q ON q."id" = c."questionId"
          WHERE c."userId" = ${userId} AND c."due" <= ${now} AND q."retiredAt" IS NULL ${inTopic} ${visible}) AS "dueCount",
        ${seenCount} AS "seenCount",
        (SELECT CAST(COUNT(*) AS INTEGER) FROM "ReviewLog" r
          WHERE r."userId" = ${userId} AND r."reviewedAt" >= ${dayStart} AND r."prevExisted" = FALSE
            AND r."source" <> 'selection') AS "introducedToday",
        (SELECT CAST(COUNT(*) AS INTEGER) FROM "QuestionMark" m JOIN "Question" q ON q."id" = m."questionId"
          WHERE m."userId" = ${userId} AND (m."suspendedAt" IS NOT NULL OR m."buriedUntil" > ${now})
            AND q."retiredAt" IS NULL ${inTopic}
            AND NOT EXISTS (SELECT 1 FROM "CardState" s WHERE s."userId" = ${userId} AND s."questionId" = q."id")) AS "hiddenUnseen",
        ${planSeen} AS "planSeen",
        (SELECT CAST(COUNT(*) AS INTEGER) FROM "Question" q WHERE q."ownerId" = ${userId} AND q."retiredAt" IS NULL ${inTopic}) AS "ownLive",
        f."newQuestionId",
        dm."note" AS "dueNote", dm."flagged" AS "dueFlagged",
        fm."note" AS "newNote", fm."flagged" AS "newFlagged",
        n.*
      FROM (SELECT 1 AS "one") AS x
      -- Walked in due order and stopped at the first card shown, rather than a MIN over every card.
      LEFT JOIN (
        SELECT c.* FROM "CardState" c JOIN "Question" q ON q."id" = c."questionId"
        WHERE c."userId" = ${userId} AND q."retiredAt" IS NULL ${inTopic} ${visible}
        ORDER BY c."due", c."id" LIMIT 1
      ) AS n ON 1 = 1
      LEFT JOIN (
        SELECT q."id" AS "newQuestionId" FROM "Question" q JOIN "Topic" t ON t."id" = q."topicId"
        WHERE q."retiredAt" IS NULL ${inTopic} ${notSeen} ${visible}
        ORDER BY q."position", t."position" LIMIT 1
      ) AS f ON 1 = 1
      LEFT JOIN "QuestionMark" dm ON dm."userId" = ${userId} AND dm."questionId" = n."questionId"
      LEFT JOIN "QuestionMark" fm ON fm."userId" = ${userId} AND fm."questionId" = f."newQuestionId"`;
}

// With an interview plan that drives the daily limit, the topics it covers (none listed: every topic).
const planTopicsOf = (learner: RequestLearner) => (learner.plan?.followPlan ? [...new Set(learner.plan.topicIds ?? [])] : []);

interface QueueScope {
  userId: string;
  topicId?: string | null;
  now: Date;
  learner: RequestLearner;
}

async function readQueue(db: Db, scope: QueueScope) {
  const [rows, bank] = await Promise.all([hotQuery<QueueRow>(db, practiceQueueStatement(db, scope)), questionBank(db, scope.learner.contentVersion)]);
  const row = rows[0]!;
  const { topicId, now, learner } = scope;
  const planTopics = planTopicsOf(learner);
  // Unseen questions the learner has suspended or buried are not waiting to be introduced.
  // The bank holds no own cards, so the learner's live own cards are counted by the statement.
  const unseen = Math.max(0, bank.activeCount(topicId) + Number(row.ownLive) - Number(row.seenCount) - Number(row.hiddenUnseen));
  const introducedToday = Number(row.introducedToday);
  // The interview plan's daily limit, when one applies and the learner follows it (as plannedNewCardsToday).
  const plan = learner.plan;
  const planUnseen =
    plan?.followPlan && row.planSeen !== null
      ? (plan.topicIds ? planTopics.reduce((sum, t) => sum + bank.activeCount(t), 0) : bank.activeCount(null)) - Number(row.planSeen)
      : null;
  const planned =
    plan && planUnseen !== null
      ? plannedNewPerDay({ now, timeZone: learner.timeZone, interviewDate: plan.interviewDate, unseenThisMorning: Math.max(0, planUnseen) + introducedToday })
      : null;
  const allowance = Math.max(0, (planned ?? learner.newCardsPerDay) - introducedToday);
  const counts: QueueCounts = { due: Number(row.dueCount), newAvailable: Math.min(unseen, allowance), unseen };
  return { row, bank, counts };
}

export async function getQueueCounts(
  db: Db,
  { userId, topicId, now = new Date(), learner }: NextCardOptions,
): Promise<QueueCounts> {
  return (await readQueue(db, { userId, topicId, now, learner: learner ?? (await getRequestLearner(db, userId)) }))
    .counts;
}

/** Due cards first (most overdue first), then new cards up to the daily limit, interleaving topics. */
export async function getNextCard(db: Db, options: NextCardOptions): Promise<NextCardResult> {
  const { userId, topicId } = options;
  const now = options.now ?? new Date();
  const learner = options.learner ?? (await getRequestLearner(db, userId));
  const { row, bank, counts } = await readQueue(db, { userId, topicId, now, learner });
  const scheduler = learner.scheduler.config;

  // The card due soonest: due now whenever any card is (counts.due > 0), else the next one to come due.
  const state = cardStateFromRaw(row);
  const due = counts.due > 0 && state && (await questionFor(db, bank, userId, state.questionId));
  if (state && due)
    return { kind: "card", card: cardWithMarks(toPracticeCard(due, state, userId, now, scheduler), marks(row.dueNote, row.dueFlagged)), counts };
  const fresh = row.newQuestionId === null ? undefined : await questionFor(db, bank, userId, row.newQuestionId);
  if (counts.newAvailable > 0 && fresh)
    return { kind: "card", card: cardWithMarks(toPracticeCard(fresh, null, userId, now, scheduler), marks(row.newNote, row.newFlagged)), counts };
  return { kind: "done", nextDueAt: state?.due.toISOString() ?? null, counts };
}

// SQLite answers a boolean column as 0 or 1, PostgreSQL as true or false.
const marks = (note: string | null, flagged: boolean | number | bigint | null) => ({ note, flagged: flagged === true || Number(flagged) === 1 });

// A bank question from memory; an own card (never in the shared bank) with one more read.
const questionFor = async (db: Db, bank: QuestionBank, userId: string, questionId: string) =>
  bank.byId.get(questionId) ?? (await ownLiveCard(db, userId, questionId)) ?? undefined;

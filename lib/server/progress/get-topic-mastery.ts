import "server-only";
import { isTopicStarted, isWeak, weakestTopicId, FAILURE_MEMORY_DAYS } from "@/lib/learner/weakness";
import { recallOn, reviewsPerDayNeeded } from "@/lib/progress/forecast";
import { computeMastery, type Mastery } from "@/lib/progress/mastery";
import type { CardFields } from "@/lib/srs/card";
import { recallAt } from "@/lib/srs/scheduler";
import { hotQuery, hotTuples, jsonDate, type Db } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { questionBank, type QuestionBank } from "@/lib/server/content/question-bank";
import { CARD_FIELD_COLUMNS, cardFieldsFromTuple, type CardFieldsTuple } from "@/lib/server/practice/card-row";
import { getRequestLearner, type RequestLearner } from "@/lib/server/users/session-check";
import { OWN_TOPIC_ID } from "@/lib/content/own-cards";

const DAY_MS = 86_400_000;
// ts-fsrs's State.Review: a failure from this state is a lapse.
const REVIEW_STATE = 2;

export interface TopicMastery extends Mastery {
  id: string;
  name: string;
  short: string;
  glyph: string;
  total: number;
  seen: number;
  recentLapses: number;
  /** Answered cards of the topic that the weakness score counts as weak. */
  weak: number;
  /** False until the learner has answered enough of the topic for it to be called weak or strong. */
  started: boolean;
  subtopics: (Mastery & { name: string; total: number; seen: number })[];
  recallOnInterview: number | null;
  reviewsPerDay: number | null;
}

export interface DeckMastery extends Mastery {
  id: string;
  name: string;
  total: number;
  seen: number;
  weak: number;
}

export interface CardWithRecall {
  questionId: string;
  topicId: string;
  subtopic: string;
  lapses: number;
  due: Date;
  lastReview: Date | null;
  fields: CardFields;
  recall: number;
  /** Again in practice or drill, or wrong in a quiz, over the last FAILURE_MEMORY_DAYS. */
  failures: Date[];
}

// questionId, reviewedAt, prevState, topicId, subtopic.
type FailureTuple = [string, string, number, string, string];

// questionId, topicId, subtopic, then the card's scheduling fields.
type MasteryCardTuple = [string, string, string, ...CardFieldsTuple];

interface GroupCount {
  topicId: string;
  subtopic: string;
  n: bigint | number;
  correct?: bigint | number | null;
}

/**
 * Live questions per topic and subtopic that this learner's mastery counts: the bank's from memory, less
 * those they suspended, plus their own cards not suspended. One small read: marks and own cards only.
 */
async function countQuestions(db: Db, userId: string, bank: QuestionBank): Promise<{ topicId: string; subtopic: string; n: number }[]> {
  const changes = await hotQuery<GroupCount>(db, Prisma.sql`
      SELECT q."topicId" AS "topicId", q."subtopic" AS "subtopic", COUNT(*) AS "n"
      FROM "Question" q
      WHERE q."ownerId" = ${userId} AND q."retiredAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "QuestionMark" m WHERE m."userId" = ${userId} AND m."questionId" = q."id" AND m."suspendedAt" IS NOT NULL)
      GROUP BY q."topicId", q."subtopic"
      UNION ALL
      SELECT q."topicId", q."subtopic", -COUNT(*)
      FROM "QuestionMark" m JOIN "Question" q ON q."id" = m."questionId"
      WHERE m."userId" = ${userId} AND m."suspendedAt" IS NOT NULL AND q."ownerId" IS NULL AND q."retiredAt" IS NULL
      GROUP BY q."topicId", q."subtopic"`);
  const counts = new Map<string, { topicId: string; subtopic: string; n: number }>();
  const add = (topicId: string, subtopic: string, n: number) => {
    const group = counts.get(key(topicId, subtopic));
    if (group) group.n += n;
    else counts.set(key(topicId, subtopic), { topicId, subtopic, n });
  };
  for (const q of bank.byId.values()) add(q.topicId, q.subtopic, 1);
  for (const change of changes) add(change.topicId, change.subtopic, sqlNumber(change.n));
  return [...counts.values()].filter((group) => group.n > 0);
}

/** A count or sum from raw SQL: SQLite gives numbers, PostgreSQL bigints, and empty sums null. */
export const sqlNumber = (value: bigint | number | null | undefined) => Number(value ?? 0);
const key = (topic: string, subtopic: string) => `${topic}/${subtopic}`;

/**
 * Mastery of every topic and subtopic from the user's own data: predicted recall of each card seen
 * (computed over card states, which the bank bounds), lapses and quiz accuracy of the last 30 days (SQL).
 */
export async function getTopicMastery(
  db: Db,
  { userId, now = new Date(), interviewDate = null, learner }: { userId: string; now?: Date; interviewDate?: Date | null; learner?: RequestLearner },
) {
  const since30 = new Date(now.getTime() - 30 * DAY_MS);
  const failuresSince = new Date(now.getTime() - FAILURE_MEMORY_DAYS * DAY_MS);
  // The request's learner carries the scheduler and the bank's version; tools and tests read them here.
  const { scheduler, contentVersion } = learner ?? (await getRequestLearner(db, userId));
  const bank = await questionBank(db, contentVersion);
  const [failures, quiz, rows, questionCounts, decks] = await Promise.all([
    // Every failure in the longer of the two windows in one read: a lapse is one that forgot a card in review (state 2).
    // A wrong quiz answer is graded Again with source "quiz", so this finds every kind of failure.
    hotTuples<FailureTuple>(
      db,
      [`r."questionId"`, `r."reviewedAt"`, `r."prevState"`, `q."topicId"`, `q."subtopic"`],
      Prisma.sql`FROM "ReviewLog" r JOIN "Question" q ON q."id" = r."questionId"
        WHERE r."userId" = ${userId} AND r."rating" = 1 AND r."reviewedAt" >= ${failuresSince < since30 ? failuresSince : since30}`,
    ),
    db.$queryRaw<GroupCount[]>`
      SELECT q."topicId" AS "topicId", q."subtopic" AS "subtopic", COUNT(*) AS "n",
             SUM(CASE WHEN qq."correct" THEN 1 ELSE 0 END) AS "correct"
      FROM "QuizQuestion" qq JOIN "Quiz" z ON z."id" = qq."quizId" JOIN "Question" q ON q."id" = qq."questionId"
      WHERE z."userId" = ${userId} AND z."closedAt" >= ${since30} AND qq."correct" IS NOT NULL
      GROUP BY q."topicId", q."subtopic"`,
    // A suspended question leaves mastery, its numerator and its denominator alike. One statement, its
    // hundreds of rows read as one (Prisma's include reads the questions apart and maps each row twice).
    hotTuples<MasteryCardTuple>(
      db,
      [`c."questionId"`, `q."topicId"`, `q."subtopic"`, ...CARD_FIELD_COLUMNS],
      Prisma.sql`FROM "CardState" c JOIN "Question" q ON q."id" = c."questionId"
        WHERE c."userId" = ${userId} AND q."retiredAt" IS NULL
          AND NOT EXISTS (SELECT 1 FROM "QuestionMark" m WHERE m."userId" = ${userId} AND m."questionId" = q."id" AND m."suspendedAt" IS NOT NULL)`,
    ),
    countQuestions(db, userId, bank),
    db.deck.findMany({ where: { userId, deletedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const failuresBy = new Map<string, Date[]>();
  const lapsesBy = new Map<string, number>();
  for (const [questionId, reviewedAt, prevState, topicId, subtopic] of failures) {
    const at = jsonDate(reviewedAt);
    if (at >= failuresSince) {
      const list = failuresBy.get(questionId);
      if (list) list.push(at);
      else failuresBy.set(questionId, [at]);
    }
    if (at < since30 || prevState !== REVIEW_STATE) continue;
    const group = key(topicId, subtopic);
    lapsesBy.set(group, (lapsesBy.get(group) ?? 0) + 1);
  }

  const recall = recallAt(now, scheduler.config);
  const cards: CardWithRecall[] = rows.map(([questionId, topicId, subtopic, ...card]) => {
    const fields = cardFieldsFromTuple(card);
    return {
      questionId,
      topicId,
      subtopic,
      lapses: fields.lapses,
      due: fields.due,
      lastReview: fields.lastReview,
      fields,
      recall: recall(fields),
      failures: failuresBy.get(questionId) ?? [],
    };
  });
  const quizBy = new Map(quiz.map((q) => [key(q.topicId, q.subtopic), { correct: sqlNumber(q.correct), total: sqlNumber(q.n) }]));
  const interview = interviewDate && interviewDate > now ? interviewDate : null;

  // Cards and question counts grouped once by topic and by subtopic: the chart asks for every one of them.
  const cardsIn = new Map<string, CardWithRecall[]>();
  const countsIn = new Map<string, typeof questionCounts>();
  const push = <T,>(map: Map<string, T[]>, k: string, value: T) => {
    const list = map.get(k);
    if (list) list.push(value);
    else map.set(k, [value]);
  };
  for (const card of cards) {
    push(cardsIn, card.topicId, card);
    push(cardsIn, key(card.topicId, card.subtopic), card);
  }
  for (const group of questionCounts) {
    push(countsIn, group.topicId, group);
    push(countsIn, key(group.topicId, group.subtopic), group);
  }

  function masteryOf(groupKey: string) {
    const mine = cardsIn.get(groupKey) ?? [];
    const groups = countsIn.get(groupKey) ?? [];
    const total = groups.reduce((s, g) => s + g.n, 0);
    const sumOver = (value: (k: string) => number) => groups.reduce((s, g) => s + value(key(g.topicId, g.subtopic)), 0);
    const recentLapses = sumOver((k) => lapsesBy.get(k) ?? 0);
    const mastery = computeMastery({
      total,
      seen: mine.length,
      meanRecall: mine.length ? mine.reduce((s, c) => s + c.recall, 0) / mine.length : 0,
      recentLapses,
      quizCorrect: sumOver((k) => quizBy.get(k)?.correct ?? 0),
      quizTotal: sumOver((k) => quizBy.get(k)?.total ?? 0),
    });
    return { mastery, total, seen: mine.length, recentLapses, mine };
  }

  const topicMastery: TopicMastery[] = bank.topics.map((topic) => {
    const whole = masteryOf(topic.id);
    const subtopics = [...new Set((countsIn.get(topic.id) ?? []).map((g) => g.subtopic))].sort();
    const fields = whole.mine.map((c) => c.fields);
    return {
      id: topic.id,
      name: topic.name,
      short: topic.short,
      glyph: topic.glyph,
      ...whole.mastery,
      total: whole.total,
      seen: whole.seen,
      recentLapses: whole.recentLapses,
      weak: whole.mine.filter((c) => isWeak(c, now)).length,
      started: isTopicStarted({ id: topic.id, answered: whole.seen }),
      subtopics: subtopics.map((name) => {
        const part = masteryOf(key(topic.id, name));
        return { name, ...part.mastery, total: part.total, seen: part.seen };
      }),
      recallOnInterview: interview ? recallOn(fields, whole.total - whole.seen, interview, scheduler.config) : null,
      reviewsPerDay: interview ? reviewsPerDayNeeded(fields, whole.total - whole.seen, now, interview, scheduler.config) : null,
    };
  });
  // Own cards' subtopic is their deck: mastery per deck is mastery of that subtopic of the "own" topic.
  const deckMastery: DeckMastery[] = decks.map((deck) => {
    const part = masteryOf(key(OWN_TOPIC_ID, deck.id));
    return { id: deck.id, name: deck.name, ...part.mastery, total: part.total, seen: part.seen, weak: part.mine.filter((c) => isWeak(c, now)).length };
  });
  const weakest = weakestTopicId(
    topicMastery.map((t) => ({ id: t.id, answered: t.seen })),
    cards,
    now,
  );
  return { topics: topicMastery, decks: deckMastery, cards, weakestTopicId: weakest };
}

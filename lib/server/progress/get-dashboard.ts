import "server-only";
import { hotQuery, hotTuples, type Db } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, countsByLocalDay, localDayKey } from "@/lib/progress/days";
import { nextLocalMidnight } from "@/lib/time/local-day";
import { computeStreaks, type Streaks } from "@/lib/progress/streak";
import { lastFailure, rankWeakest } from "@/lib/learner/weakness";
import { questionBank } from "@/lib/server/content/question-bank";
import { getRequestLearner, type RequestLearner } from "@/lib/server/users/session-check";
import { getTopicMastery, sqlNumber, type DeckMastery, type TopicMastery } from "./get-topic-mastery";

const DAY_MS = 86_400_000;
// In Anki's sense: a card whose last interval was three weeks or more.
const MATURE_DAYS = 21;
const FORECAST_DAYS = 7;
const WEAKEST_SHOWN = 10;

export interface WeakQuestion {
  questionId: string;
  topicId: string;
  prompt: string;
  recall: number;
  lapses: number;
  /** When the learner last got it wrong, if in the last 30 days. */
  lastFailedAt: Date | null;
}

export interface Dashboard {
  timeZone: string;
  today: string;
  // The earliest due time among the user's cards, or null before their first review.
  nextDueAt: Date | null;
  forecast: { day: string; due: number }[];
  heatmap: { day: string; reviews: number }[];
  streaks: Streaks;
  reviews: { days7: number; days30: number };
  retention: { days7: number | null; days30: number | null; mature7: number; mature30: number };
  topics: TopicMastery[];
  decks: DeckMastery[];
  /** The weakest started topic, or null while no topic is started or nothing is weak. */
  weakestTopicId: string | null;
  weakest: WeakQuestion[];
  interviewDate: string | null;
}

/** Reviews per local day, from the quarter-hour UTC rollup that triggers keep (zones are offset by multiples of 15 minutes). */
async function reviewDays(db: Db, userId: string, timeZone: string): Promise<Map<string, number>> {
  // A year of quarter-hours is thousands of rows: read as one.
  const buckets = await hotTuples<[string, number]>(db, [`"bucket"`, `"reviews"`], Prisma.sql`FROM "ReviewBucket" WHERE "userId" = ${userId}`);
  return countsByLocalDay(buckets.map(([bucket, n]) => ({ bucket, n })), timeZone);
}

/** The prompts of a few questions: the bank's from memory, a learner's own cards from the database. */
async function promptsOf(db: Db, contentVersion: number, ids: string[]): Promise<Map<string, string>> {
  const bank = await questionBank(db, contentVersion);
  const prompts = new Map<string, string>();
  for (const id of ids) {
    const prompt = bank.byId.get(id)?.prompt;
    if (prompt !== undefined) prompts.set(id, prompt);
  }
  const own = ids.filter((id) => !prompts.has(id));
  if (own.length > 0) for (const q of await db.question.findMany({ where: { id: { in: own } }, select: { id: true, prompt: true } })) prompts.set(q.id, q.prompt);
  return prompts;
}

interface ReviewStats {
  r7: bigint | number | null;
  r30: bigint | number | null;
  m7: bigint | number | null;
  m30: bigint | number | null;
  k7: bigint | number | null;
  k30: bigint | number | null;
}

/** Everything /progress shows: counts aggregated in SQL, card maths over card states (bounded by the bank, not by history). */
export async function getDashboard(db: Db, { userId, now = new Date(), learner }: { userId: string; now?: Date; learner?: RequestLearner }): Promise<Dashboard> {
  const since7 = new Date(now.getTime() - 7 * DAY_MS);
  const since30 = new Date(now.getTime() - 30 * DAY_MS);
  const user = learner ?? (await getRequestLearner(db, userId));
  const interviewDate = user.plan?.interviewDate ?? null;
  const [days, stats, mastery] = await Promise.all([
    reviewDays(db, userId, user.timeZone),
    hotQuery<ReviewStats>(db, Prisma.sql`
      SELECT SUM(CASE WHEN "reviewedAt" >= ${since7} THEN 1 ELSE 0 END) AS "r7",
             COUNT(*) AS "r30",
             SUM(CASE WHEN "reviewedAt" >= ${since7} AND "prevState" = 2 AND "prevScheduledDays" >= ${MATURE_DAYS} THEN 1 ELSE 0 END) AS "m7",
             SUM(CASE WHEN "prevState" = 2 AND "prevScheduledDays" >= ${MATURE_DAYS} THEN 1 ELSE 0 END) AS "m30",
             SUM(CASE WHEN "reviewedAt" >= ${since7} AND "prevState" = 2 AND "prevScheduledDays" >= ${MATURE_DAYS} AND "rating" > 1 THEN 1 ELSE 0 END) AS "k7",
             SUM(CASE WHEN "prevState" = 2 AND "prevScheduledDays" >= ${MATURE_DAYS} AND "rating" > 1 THEN 1 ELSE 0 END) AS "k30"
      FROM "ReviewLog" WHERE "userId" = ${userId} AND "reviewedAt" >= ${since30}`),
    getTopicMastery(db, { userId, now, interviewDate, learner: user }),
  ]);
  const today = localDayKey(now, user.timeZone);
  // Cards due per local day, by comparing instants with each day's end: formatting a day per card costs more than the rest.
  const dayEnds: number[] = [];
  for (let end = nextLocalMidnight(now, user.timeZone); dayEnds.length < FORECAST_DAYS; end = nextLocalMidnight(end, user.timeZone)) dayEnds.push(end.getTime());
  const duePerDay = dayEnds.map(() => 0);
  for (const card of mastery.cards) {
    // Today's column includes everything overdue.
    const day = dayEnds.findIndex((end) => card.due.getTime() < end);
    if (day >= 0) duePerDay[day]! += 1;
  }
  const weakest = rankWeakest(mastery.cards, now).slice(0, WEAKEST_SHOWN);
  const prompts = await promptsOf(db, user.contentVersion, weakest.map((c) => c.questionId));
  const s = stats[0];
  const share = (kept: ReviewStats[keyof ReviewStats] | undefined, mature: ReviewStats[keyof ReviewStats] | undefined) =>
    sqlNumber(mature) > 0 ? sqlNumber(kept) / sqlNumber(mature) : null;
  return {
    timeZone: user.timeZone,
    today,
    nextDueAt: mastery.cards.reduce<Date | null>((soonest, c) => (!soonest || c.due < soonest ? c.due : soonest), null),
    forecast: duePerDay.map((due, i) => ({ day: addDays(today, i), due })),
    heatmap: Array.from({ length: 365 }, (_, i) => {
      const day = addDays(today, i - 364);
      return { day, reviews: days.get(day) ?? 0 };
    }),
    streaks: computeStreaks(days.keys(), today),
    reviews: { days7: sqlNumber(s?.r7), days30: sqlNumber(s?.r30) },
    retention: { days7: share(s?.k7, s?.m7), days30: share(s?.k30, s?.m30), mature7: sqlNumber(s?.m7), mature30: sqlNumber(s?.m30) },
    topics: mastery.topics,
    decks: mastery.decks,
    weakestTopicId: mastery.weakestTopicId,
    weakest: weakest.map((c) => ({
      questionId: c.questionId,
      topicId: c.topicId,
      prompt: prompts.get(c.questionId) ?? "",
      recall: c.recall,
      lapses: c.lapses,
      lastFailedAt: lastFailure(c),
    })),
    interviewDate: interviewDate ? interviewDate.toISOString().slice(0, 10) : null,
  };
}

import "server-only";
import { hotTuples, type Db } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays, countsByLocalDay, localDayKey } from "@/lib/progress/days";
import { computeStreaks, type Streaks } from "@/lib/progress/streak";
import { lastFailure, rankWeakest } from "@/lib/learner/weakness";
import { getRequestLearner, type RequestLearner } from "@/lib/server/users/session-check";
import { getTopicMastery, sqlNumber, type DeckMastery, type TopicMastery } from "./get-topic-mastery";

const DAY_MS = 86_400_000;
// In Anki's sense: a card whose last interval was three weeks or more.
const MATURE_DAYS = 21;

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
  const buckets = await hotTuples<[string, number]>(db, `"bucket", "reviews"`, Prisma.sql`FROM "ReviewBucket" WHERE "userId" = ${userId}`);
  return countsByLocalDay(buckets.map(([bucket, n]) => ({ bucket, n })), timeZone);
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
    db.$queryRaw<ReviewStats[]>`
      SELECT SUM(CASE WHEN "reviewedAt" >= ${since7} THEN 1 ELSE 0 END) AS "r7",
             COUNT(*) AS "r30",
             SUM(CASE WHEN "reviewedAt" >= ${since7} AND "prevState" = 2 AND "prevScheduledDays" >= ${MATURE_DAYS} THEN 1 ELSE 0 END) AS "m7",
             SUM(CASE WHEN "prevState" = 2 AND "prevScheduledDays" >= ${MATURE_DAYS} THEN 1 ELSE 0 END) AS "m30",
             SUM(CASE WHEN "reviewedAt" >= ${since7} AND "prevState" = 2 AND "prevScheduledDays" >= ${MATURE_DAYS} AND "rating" > 1 THEN 1 ELSE 0 END) AS "k7",
             SUM(CASE WHEN "prevState" = 2 AND "prevScheduledDays" >= ${MATURE_DAYS} AND "rating" > 1 THEN 1 ELSE 0 END) AS "k30"
      FROM "ReviewLog" WHERE "userId" = ${userId} AND "reviewedAt" >= ${since30}`,
    getTopicMastery(db, { userId, now, interviewDate, learner: user }),
  ]);
  const today = localDayKey(now, user.timeZone);
  const dueDays = mastery.cards.map((c) => localDayKey(c.due, user.timeZone));
  const s = stats[0];
  const share = (kept: ReviewStats[keyof ReviewStats] | undefined, mature: ReviewStats[keyof ReviewStats] | undefined) =>
    sqlNumber(mature) > 0 ? sqlNumber(kept) / sqlNumber(mature) : null;
  return {
    timeZone: user.timeZone,
    today,
    nextDueAt: mastery.cards.reduce<Date | null>((soonest, c) => (!soonest || c.due < soonest ? c.due : soonest), null),
    // Today's column includes everything overdue.
    forecast: Array.from({ length: 7 }, (_, i) => {
      const day = addDays(today, i);
      return { day, due: dueDays.filter((d) => (i === 0 ? d <= day : d === day)).length };
    }),
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
    weakest: rankWeakest(mastery.cards, now)
      .slice(0, 10)
      .map((c) => ({
        questionId: c.questionId,
        topicId: c.topicId,
        prompt: c.prompt,
        recall: c.recall,
        lapses: c.lapses,
        lastFailedAt: lastFailure(c),
      })),
    interviewDate: interviewDate ? interviewDate.toISOString().slice(0, 10) : null,
  };
}

import "server-only";
import { OWN_TOPIC_ID } from "@/lib/content/own-cards";
import { hotTuples, type Db } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseJsonColumn } from "@/lib/json-column";
import { planToInterview, type Plan } from "@/lib/learner/plan";
import { secondsPerAnswer } from "@/lib/learner/quiz-grade";
import { estimateReviewsPerDay } from "@/lib/learner/workload";
import { recallOn } from "@/lib/progress/forecast";
import { daysBetween, localDayKey } from "@/lib/progress/days";
import { CARD_FIELD_COLUMNS, cardFieldsFromTuple, type CardFieldsTuple } from "@/lib/server/practice/card-row";
import { startOfLocalDay } from "@/lib/time/local-day";
import { getLearnerScheduler } from "./scheduler-config";

const PACE_SAMPLE = 200;
const SIMULATED_DAYS = 30;

export interface InterviewPlan extends Plan {
  interviewDay: string;
  topicIds: string[];
  secondsPerAnswer: number;
  minutesPerDay: number;
  /** Mean predicted recall of the chosen topics on the day if no more reviews happened. */
  recallIfStoppedNow: number;
}

/** The topics the interview covers (all of them when none were chosen) and their unseen counts. */
async function unseenByTopic(db: Db, userId: string, chosen: string[] | null) {
  // The interview's topics are the bank's: own cards (topic "own") are studied outside the plan.
  const topics = await db.topic.findMany({ where: { id: chosen ? { in: chosen.filter((t) => t !== OWN_TOPIC_ID) } : { not: OWN_TOPIC_ID } }, select: { id: true }, orderBy: { position: "asc" } });
  const counts = await db.question.groupBy({
    by: ["topicId"],
    where: { retiredAt: null, ownerId: null, topicId: { in: topics.map((t) => t.id) }, cardStates: { none: { userId } } },
    _count: { _all: true },
  });
  return Object.fromEntries(topics.map((t) => [t.id, counts.find((c) => c.topicId === t.id)?._count._all ?? 0]));
}

/** The learner's plan to their interview day, or null without a future interview date. */
export async function getInterviewPlan(db: Db, { userId, now = new Date() }: { userId: string; now?: Date }): Promise<InterviewPlan | null> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { interviewDate: true, interviewTopics: true, minutesPerDay: true, timeZone: true },
  });
  if (!user.interviewDate) return null;
  const today = localDayKey(now, user.timeZone);
  const interviewDay = user.interviewDate.toISOString().slice(0, 10);
  if (interviewDay <= today) return null;

  const chosen = parseJsonColumn<string[]>(user.interviewTopics);
  const tomorrow = startOfLocalDay(new Date(now.getTime() + 86_400_000), user.timeZone);
  const inChosenTopics = !chosen ? Prisma.empty : chosen.length > 0 ? Prisma.sql`AND q."topicId" IN (${Prisma.join(chosen)})` : Prisma.sql`AND 1 = 0`;
  const [unseen, scheduler, rows, timed] = await Promise.all([
    unseenByTopic(db, userId, chosen),
    getLearnerScheduler(db, userId),
    // Every card of the chosen topics, read as one row (Prisma maps each of hundreds of rows, with its relation filter).
    hotTuples<CardFieldsTuple>(
      db,
      CARD_FIELD_COLUMNS,
      Prisma.sql`FROM "CardState" c JOIN "Question" q ON q."id" = c."questionId"
        WHERE c."userId" = ${userId} AND q."retiredAt" IS NULL ${inChosenTopics}`,
    ),
    db.reviewLog.findMany({ where: { userId, durationMs: { gt: 0 } }, orderBy: { reviewedAt: "desc" }, take: PACE_SAMPLE, select: { durationMs: true } }),
  ]);
  const cards = rows.map(cardFieldsFromTuple);
  const pace = secondsPerAnswer(timed.map((t) => t.durationMs));
  const totalUnseen = Object.values(unseen).reduce((sum, n) => sum + n, 0);
  // The new cards a day the plan will ask for, to simulate the reviews they bring.
  const firstPass = planToInterview({ today, interviewDay, unseenByTopic: unseen, dueToday: 0, reviewsPerDay: 0, secondsPerAnswer: pace, minutesPerDay: user.minutesPerDay });
  // The reviews the existing cards ask for, and the extra a day that each planned new card a day brings.
  const simulate = (newPerDay: number) =>
    estimateReviewsPerDay({
      cards,
      unseen: totalUnseen,
      newPerDay,
      weights: scheduler.config.weights,
      desiredRetention: scheduler.config.desiredRetention,
      days: Math.min(SIMULATED_DAYS, Math.max(1, daysBetween(today, interviewDay))),
      seed: 1,
      now,
    });
  const reviewsPerDay = simulate(0);
  const reviewsPerNewCard = firstPass.newPerDay > 0 ? Math.max(0, simulate(firstPass.newPerDay) - reviewsPerDay) / firstPass.newPerDay : 0;
  const dueToday = cards.filter((c) => c.due < tomorrow).length;
  const plan = planToInterview({ today, interviewDay, unseenByTopic: unseen, dueToday, reviewsPerDay, reviewsPerNewCard, secondsPerAnswer: pace, minutesPerDay: user.minutesPerDay });
  return {
    ...plan,
    interviewDay,
    topicIds: Object.keys(unseen),
    secondsPerAnswer: pace,
    minutesPerDay: user.minutesPerDay,
    recallIfStoppedNow: recallOn(cards, totalUnseen, new Date(`${interviewDay}T12:00:00Z`), scheduler.config),
  };
}

/**
 * The plan's new cards for today, cheaply (no simulation): the unseen questions of the chosen topics as
 * they stood this morning, spread over the days left to introduce them. Null when no plan applies.
 */
export async function plannedNewCardsToday(db: Db, { userId, now, introducedToday }: { userId: string; now: Date; introducedToday: number }): Promise<number | null> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { interviewDate: true, interviewTopics: true, timeZone: true, newCardsFollowPlan: true },
  });
  if (!user.interviewDate || !user.newCardsFollowPlan) return null;
  if (user.interviewDate.toISOString().slice(0, 10) <= localDayKey(now, user.timeZone)) return null;
  const unseen = await unseenByTopic(db, userId, parseJsonColumn<string[]>(user.interviewTopics));
  const morning = Object.values(unseen).reduce((sum, n) => sum + n, 0) + introducedToday;
  return plannedNewPerDay({ now, timeZone: user.timeZone, interviewDate: user.interviewDate, unseenThisMorning: morning });
}

/** The plan's daily new cards from what the caller already counted (the questions unseen this morning); null when the interview day has come. */
export function plannedNewPerDay({ now, timeZone, interviewDate, unseenThisMorning }: { now: Date; timeZone: string; interviewDate: Date; unseenThisMorning: number }): number | null {
  const today = localDayKey(now, timeZone);
  const interviewDay = interviewDate.toISOString().slice(0, 10);
  if (interviewDay <= today) return null;
  const plan = planToInterview({ today, interviewDay, unseenByTopic: { all: unseenThisMorning }, dueToday: 0, reviewsPerDay: 0, secondsPerAnswer: 1, minutesPerDay: 1e9 });
  return plan.newPerDay;
}

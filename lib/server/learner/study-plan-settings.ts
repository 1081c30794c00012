import "server-only";
import { visibleTo } from "@/lib/server/library/hidden-questions";
import type { Db } from "@/lib/db-client";
import { parseJsonColumn } from "@/lib/json-column";
import { describeFit } from "@/lib/learner/fit-policy";
import { secondsPerAnswer } from "@/lib/learner/quiz-grade";
import { estimateReviewsPerDay, WORKLOAD_RETENTIONS } from "@/lib/learner/workload";
import { cardFieldsFromRow } from "@/lib/server/practice/card-row";
import type { StudyPlanInput } from "@/lib/validation/study-plan";
import { getLearnerScheduler } from "./scheduler-config";

const WORKLOAD_DAYS = 30;

export interface StudyPlanSettings {
  desiredRetention: number;
  minutesPerDay: number;
  interviewTopics: string[] | null;
  newCardsFollowPlan: boolean;
  hasInterviewDate: boolean;
  /** The fit in plain words, or why there is none yet. */
  fitSummary: string;
  canUseDefaults: boolean;
  /** Estimated reviews a day over the next 30 days at each retention Settings compares. */
  workload: { retention: number; reviewsPerDay: number }[];
  /** The same at the learner's own retention, which need not be one of the four. */
  currentWorkload: { retention: number; reviewsPerDay: number };
  /** The learner's median time per answer (see secondsPerAnswer). */
  secondsPerAnswer: number;
}

export async function getStudyPlanSettings(db: Db, { userId, now = new Date() }: { userId: string; now?: Date }): Promise<StudyPlanSettings> {
  const [user, latest, scheduler, rows, unseen, timed] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { desiredRetention: true, minutesPerDay: true, interviewTopics: true, newCardsFollowPlan: true, interviewDate: true, newCardsPerDay: true, useDefaultParams: true, fsrsParamsId: true, fitAttemptReviews: true },
    }),
    db.fsrsParams.findFirst({ where: { userId }, orderBy: { version: "desc" } }),
    getLearnerScheduler(db, userId),
    db.cardState.findMany({ where: { userId, question: { retiredAt: null } } }),
    db.question.count({ where: { retiredAt: null, cardStates: { none: { userId } }, ...visibleTo(userId) } }),
    db.reviewLog.findMany({ where: { userId, durationMs: { gt: 0 } }, orderBy: { reviewedAt: "desc" }, take: 200, select: { durationMs: true } }),
  ]);
  const cards = rows.map(cardFieldsFromRow);
  const estimate = (retention: number) => ({
    retention,
    reviewsPerDay: estimateReviewsPerDay({ cards, unseen, newPerDay: user.newCardsPerDay, weights: scheduler.config.weights, desiredRetention: retention, days: WORKLOAD_DAYS, seed: 1, now }),
  });
  const workload = WORKLOAD_RETENTIONS.map(estimate);
  const fitSummary = latest
    ? describeFit(latest, latest.id === user.fsrsParamsId)
    : user.fitAttemptReviews
      ? `Your ${user.fitAttemptReviews} reviews were too few to judge a fit; the next try is at ${2 * user.fitAttemptReviews}. The defaults are in use.`
      : "Scheduled with FSRS-6's default parameters. After 100 reviews they are fitted to your own history.";
  return {
    desiredRetention: user.desiredRetention,
    minutesPerDay: user.minutesPerDay,
    interviewTopics: parseJsonColumn<string[]>(user.interviewTopics),
    newCardsFollowPlan: user.newCardsFollowPlan,
    hasInterviewDate: user.interviewDate !== null,
    fitSummary,
    canUseDefaults: user.fsrsParamsId !== null,
    workload,
    currentWorkload: workload.find((w) => Math.abs(w.retention - user.desiredRetention) < 0.001) ?? estimate(user.desiredRetention),
    secondsPerAnswer: secondsPerAnswer(timed.map((t) => t.durationMs)),
  };
}

export async function updateStudyPlan(db: Db, { userId, interviewTopics, ...data }: StudyPlanInput & { userId: string }): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { ...data, interviewTopics: interviewTopics.length > 0 ? JSON.stringify(interviewTopics) : null } });
}

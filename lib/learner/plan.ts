import { addDays, daysBetween } from "@/lib/progress/days";

/** Every question of the chosen topics is introduced at least this many days before the interview. */
export const INTRODUCE_BEFORE_DAYS = 7;
// A new card costs its first answer plus a learning step; a review costs one answer.
const ANSWERS_PER_NEW_CARD = 2;

export interface PlanInput {
  /** Local day keys, YYYY-MM-DD. */
  today: string;
  interviewDay: string;
  /** Never-seen questions of the chosen topics, per topic. */
  unseenByTopic: Record<string, number>;
  /** Reviews due today; reviews a day the existing cards will ask for; extra reviews a day per new card a day. */
  dueToday: number;
  reviewsPerDay: number;
  reviewsPerNewCard?: number;
  /** The learner's median time per answer, and the minutes a day they have. */
  secondsPerAnswer: number;
  minutesPerDay: number;
}

export interface Plan {
  feasible: boolean;
  /** New cards a day until every chosen question is introduced; 0 once they are (or after the last day). */
  newPerDay: number;
  lastIntroductionDay: string;
  daysToIntroduce: number;
  today: { reviews: number; newCards: number; minutes: number };
  /** When infeasible: what would make it work. */
  fixes: { minutesPerDay: number; laterInterviewDay: string | null; dropTopic: string | null } | null;
}

const minutesFor = (reviews: number, newCards: number, secondsPerAnswer: number) =>
  Math.ceil(((reviews + ANSWERS_PER_NEW_CARD * newCards) * secondsPerAnswer) / 60);

/** Days (today included) in which new cards can still be introduced, and the new cards a day that needs. */
function introduction(today: string, interviewDay: string, unseen: number) {
  const lastIntroductionDay = addDays(interviewDay, -INTRODUCE_BEFORE_DAYS);
  const daysToIntroduce = Math.max(0, daysBetween(today, lastIntroductionDay) + 1);
  const newPerDay = unseen === 0 ? 0 : daysToIntroduce === 0 ? Infinity : Math.ceil(unseen / daysToIntroduce);
  return { lastIntroductionDay, daysToIntroduce, newPerDay };
}

/**
 * The daily load to the interview: new cards spread so every chosen question is introduced a week before
 * the day, then reviews only. Infeasible when that does not fit the learner's minutes at their own pace,
 * or when there are not enough days left; then it says what would make it work.
 */
export function planToInterview(input: PlanInput): Plan {
  const unseen = Object.values(input.unseenByTopic).reduce((sum, n) => sum + n, 0);
  const { lastIntroductionDay, daysToIntroduce, newPerDay } = introduction(input.today, input.interviewDay, unseen);
  const newToday = Number.isFinite(newPerDay) ? newPerDay : unseen;
  const minutesToday = minutesFor(input.dueToday, newToday, input.secondsPerAnswer);
  // The steady load while introducing: the reviews the existing and the newly introduced cards ask for, plus new cards.
  const steadyMinutes = minutesFor(input.reviewsPerDay + newToday * (input.reviewsPerNewCard ?? 0), newToday, input.secondsPerAnswer);
  const feasible = Number.isFinite(newPerDay) && Math.max(minutesToday, steadyMinutes) <= input.minutesPerDay;
  return {
    feasible,
    newPerDay: Number.isFinite(newPerDay) ? newPerDay : unseen,
    lastIntroductionDay,
    daysToIntroduce,
    today: { reviews: input.dueToday, newCards: newToday, minutes: minutesToday },
    fixes: feasible ? null : fixesFor(input, unseen, Math.max(minutesToday, steadyMinutes)),
  };
}

function fixesFor(input: PlanInput, unseen: number, minutesNeeded: number): NonNullable<Plan["fixes"]> {
  // The most new cards a day that fit beside the reviews, and the interview day that would allow it.
  const spareAnswers = (input.minutesPerDay * 60) / input.secondsPerAnswer - input.reviewsPerDay;
  const affordablePerDay = Math.floor(spareAnswers / (ANSWERS_PER_NEW_CARD + (input.reviewsPerNewCard ?? 0)));
  const laterInterviewDay =
    affordablePerDay > 0 ? addDays(input.today, Math.ceil(unseen / affordablePerDay) - 1 + INTRODUCE_BEFORE_DAYS) : null;
  // The topic whose removal helps most, if dropping one is enough.
  const [biggest] = Object.entries(input.unseenByTopic).sort((a, b) => b[1] - a[1]);
  const canDrop = biggest !== undefined && biggest[1] > 0 && Object.keys(input.unseenByTopic).length > 1;
  const dropTopic = canDrop && planToInterview({ ...input, unseenByTopic: { ...input.unseenByTopic, [biggest[0]]: 0 } }).feasible ? biggest[0] : null;
  return { minutesPerDay: minutesNeeded, laterInterviewDay, dropTopic };
}

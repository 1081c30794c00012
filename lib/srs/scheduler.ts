import { computeDecayFactor, fsrs, generatorParameters, Rating, State, type FSRS, type Grade } from "ts-fsrs";
import { fromFsrsCard, toFsrsCard, type CardFields } from "./card";
import { formatInterval } from "./format-interval";

export { Rating };
export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const satisfies readonly Grade[];
export type GradeValue = (typeof GRADES)[number];

export const isGrade = (value: unknown): value is GradeValue =>
  typeof value === "number" && (GRADES as readonly number[]).includes(value);

export const DEFAULT_RETENTION = 0.9;
export const MIN_RETENTION = 0.75;
export const MAX_RETENTION = 0.97;

/** What schedules one learner: their fitted weights (null for FSRS-6's defaults) and desired retention. */
export interface SchedulerConfig {
  weights: readonly number[] | null;
  desiredRetention: number;
}

export const DEFAULT_SCHEDULER: SchedulerConfig = { weights: null, desiredRetention: DEFAULT_RETENTION };

// Fuzz on, short-term learning steps 1m and 10m; only the weights and the retention vary per learner.
export const SCHEDULER_PARAMETERS = generatorParameters({ request_retention: DEFAULT_RETENTION, enable_fuzz: true });

// Building a scheduler is cheap but not free; a few hundred configurations cover every active learner.
const schedulers = new Map<string, FSRS>();
const MAX_CACHED = 500;

function schedulerFor(config: SchedulerConfig): FSRS {
  const key = `${config.desiredRetention}:${config.weights?.join(",") ?? "default"}`;
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = fsrs(
      generatorParameters({
        request_retention: config.desiredRetention,
        enable_fuzz: true,
        ...(config.weights ? { w: [...config.weights] } : {}),
      }),
    );
    if (schedulers.size >= MAX_CACHED) schedulers.delete(schedulers.keys().next().value!);
    schedulers.set(key, scheduler);
  }
  return scheduler;
}

/** The card after one grade; ts-fsrs's fuzz is seeded from the card and time, so this is deterministic. */
export function nextCard(card: CardFields, grade: GradeValue, now: Date, config: SchedulerConfig = DEFAULT_SCHEDULER): CardFields {
  return fromFsrsCard(schedulerFor(config).next(toFsrsCard(card), now, grade).card);
}

/** What each grade would lead to, as the label on its button ("10m", "4d"). */
export function intervalLabels(card: CardFields, now: Date, config: SchedulerConfig = DEFAULT_SCHEDULER): Record<GradeValue, string> {
  const preview = schedulerFor(config).repeat(toFsrsCard(card), now);
  const label = (grade: GradeValue) => formatInterval(preview[grade].card.due.getTime() - now.getTime());
  return {
    [Rating.Again]: label(Rating.Again),
    [Rating.Hard]: label(Rating.Hard),
    [Rating.Good]: label(Rating.Good),
    [Rating.Easy]: label(Rating.Easy),
  };
}

/** Predicted probability of recall now, 0-1; 0 for a card never reviewed. */
export function retrievability(card: CardFields, now: Date, config: SchedulerConfig = DEFAULT_SCHEDULER): number {
  if (card.reps === 0) return 0;
  return schedulerFor(config).get_retrievability(toFsrsCard(card), now, false);
}

const DAY_MS = 86_400_000;
const roundTo8 = (x: number) => Math.round(x * 1e8) / 1e8;

/**
 * retrievability for many cards at one instant: ts-fsrs's own formula (whole days elapsed, stability and
 * result rounded to 8 places) with the decay worked out once, not per card through its parameter proxy.
 */
export function recallAt(now: Date, config: SchedulerConfig = DEFAULT_SCHEDULER): (card: CardFields) => number {
  const { decay, factor } = computeDecayFactor(schedulerFor(config).parameters.w);
  const nowMs = now.getTime();
  return (card) => {
    if (card.reps === 0 || card.state === State.New) return 0;
    // ts-fsrs refuses a reviewed card without a last review; let it say so.
    if (card.lastReview === null) return retrievability(card, now, config);
    const days = Math.max(Math.floor((nowMs - card.lastReview.getTime()) / DAY_MS), 0);
    return roundTo8(Math.pow(1 + (factor * days) / +card.stability.toFixed(8), decay));
  };
}

/**
 * Recall falls as whole days elapsed grow against stability, so "recall below `recall`" is "elapsed days >
 * ratio × stability": this ratio. It lets SQL find the cards below a recall without computing each one's.
 * ts-fsrs rounds its decay factor to 8 places, so treat it as exact only to about one part in a million.
 */
export function elapsedToStabilityBelowRecall(recall: number, config: SchedulerConfig = DEFAULT_SCHEDULER): number {
  const { decay, factor } = computeDecayFactor(schedulerFor(config).parameters.w);
  return (Math.pow(recall, 1 / decay) - 1) / factor;
}

import { fsrs, generatorParameters, Rating, type Grade } from "ts-fsrs";
import { fromFsrsCard, toFsrsCard, type CardFields } from "./card";
import { formatInterval } from "./format-interval";

export { Rating };
export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const satisfies readonly Grade[];
export type GradeValue = (typeof GRADES)[number];

export const isGrade = (value: unknown): value is GradeValue =>
  typeof value === "number" && (GRADES as readonly number[]).includes(value);

// FSRS-6 default weights, desired retention 0.9, fuzz on, short-term learning steps 1m and 10m.
export const SCHEDULER_PARAMETERS = generatorParameters({ request_retention: 0.9, enable_fuzz: true });
const scheduler = fsrs(SCHEDULER_PARAMETERS);

/** The card after one grade; ts-fsrs's fuzz is seeded from the card and time, so this is deterministic. */
export function nextCard(card: CardFields, grade: GradeValue, now: Date): CardFields {
  return fromFsrsCard(scheduler.next(toFsrsCard(card), now, grade).card);
}

/** What each grade would lead to, as the label on its button ("10m", "4d"). */
export function intervalLabels(card: CardFields, now: Date): Record<GradeValue, string> {
  const preview = scheduler.repeat(toFsrsCard(card), now);
  const label = (grade: GradeValue) => formatInterval(preview[grade].card.due.getTime() - now.getTime());
  return {
    [Rating.Again]: label(Rating.Again),
    [Rating.Hard]: label(Rating.Hard),
    [Rating.Good]: label(Rating.Good),
    [Rating.Easy]: label(Rating.Easy),
  };
}

/** Predicted probability of recall now, 0-1; 0 for a card never reviewed. */
export function retrievability(card: CardFields, now: Date): number {
  if (card.reps === 0) return 0;
  return scheduler.get_retrievability(toFsrsCard(card), now, false);
}

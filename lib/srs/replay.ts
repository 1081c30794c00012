import { newCardFields, type CardFields } from "./card";
import { DEFAULT_SCHEDULER, nextCard, type GradeValue, type SchedulerConfig } from "./scheduler";

export interface ReplayGrade {
  rating: GradeValue;
  reviewedAt: Date;
  /** The scheduler this grade was made under; the learner's default when absent. */
  config?: SchedulerConfig;
}

export interface ReplayStep {
  before: CardFields;
  after: CardFields;
  /** Whether a card existed before this grade (false for the first one). */
  existed: boolean;
}

/** One card rebuilt from its grades in order: every intermediate state and the final one. */
export function replayGrades(
  grades: readonly ReplayGrade[],
  config: SchedulerConfig = DEFAULT_SCHEDULER,
): { steps: ReplayStep[]; final: CardFields | null } {
  const steps: ReplayStep[] = [];
  let card: CardFields | null = null;
  for (const grade of grades) {
    const before: CardFields = card ?? newCardFields(grade.reviewedAt);
    const after = nextCard(before, grade.rating, grade.reviewedAt, grade.config ?? config);
    steps.push({ before, after, existed: card !== null });
    card = after;
  }
  return { steps, final: card };
}

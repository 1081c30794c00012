export interface MasteryInputs {
  total: number;
  seen: number;
  // Mean predicted recall now (FSRS retrievability) over the questions seen, 0-1.
  meanRecall: number;
  // Reviews graded Again on cards that were already in review, over the last 30 days.
  recentLapses: number;
  quizCorrect: number;
  quizTotal: number;
}

export interface MasteryParts {
  recall: number;
  coverage: number;
  lapseFree: number;
  quizAccuracy: number | null;
}

export interface Mastery {
  score: number;
  parts: MasteryParts;
}

export const MASTERY_EXPLANATION =
  "Mastery is the share of the topic you have seen, times a blend of your predicted recall now (60%), your quiz accuracy over the last 30 days (25%) and how free of recent lapses you are (15%).";

/** One 0-100 score per topic from the learner's own data; every part is returned so the page can show it. */
export function computeMastery(input: MasteryInputs): Mastery {
  const coverage = input.total > 0 ? input.seen / input.total : 0;
  const recall = input.seen > 0 ? input.meanRecall : 0;
  // Lapses per seen card; one lapse for every card seen counts as fully lapsing.
  const lapseFree = input.seen > 0 ? 1 - Math.min(1, input.recentLapses / input.seen) : 0;
  const quizAccuracy = input.quizTotal > 0 ? input.quizCorrect / input.quizTotal : null;
  // Without quizzes, predicted recall stands in for quiz accuracy.
  const blend = 0.6 * recall + 0.25 * (quizAccuracy ?? recall) + 0.15 * lapseFree;
  return { score: Math.round(100 * coverage * blend), parts: { recall, coverage, lapseFree, quizAccuracy } };
}

import type { Difficulty, QuestionType } from "@/lib/content/schema";
import type { TopicChip } from "@/lib/practice/types";
import type { QuizAnswer } from "./answer";

/** What every rendered quiz question carries, taking it or reviewing it. */
interface QuizQuestionBase {
  questionId: string;
  position: number;
  topic: TopicChip;
  type: QuestionType;
  difficulty: Difficulty;
  promptHtml: string;
  codeHtml: string | null;
}

/** A quiz question as the taker sees it: no correctness travels to the browser. */
export interface QuizItemView extends QuizQuestionBase {
  choices: { id: string; html: string }[] | null;
  steps: { id: string; html: string }[] | null;
  answer: QuizAnswer | null;
  flagged: boolean;
  /** Time spent on this question so far, summed over visits (and reloads). */
  timeSpentMs: number;
}

export interface QuizSessionView {
  id: string;
  status: "active" | "submitted" | "expired";
  startedAt: string;
  deadline: string;
  serverNow: string;
  timeLimitSec: number;
  items: QuizItemView[];
}

export interface ResultItemView extends QuizQuestionBase {
  answerHtml: string;
  explanationHtml: string;
  source: string | null;
  given: QuizAnswer | null;
  correct: boolean | null;
  rating: number | null;
  /** Scored wrong, then counted right by the learner's judgement. */
  overruled: boolean;
  flagged: boolean;
  /** One line of plain text each, for the collapsed row: the prompt, and what the learner gave. */
  promptText: string;
  givenText: string;
  /** A half-right multi-select: the share of its options judged right (it still counted as wrong). */
  partialCredit: number | null;
  choices: { id: string; html: string; correct: boolean; whyHtml: string | null }[] | null;
  steps: { id: string; html: string }[] | null;
  orderPositions: boolean[] | null;
}

export interface Breakdown {
  key: string;
  label: string;
  correct: number;
  total: number;
}

export interface QuizResultsView {
  id: string;
  status: "submitted" | "expired";
  startedAt: string;
  closedAt: string;
  secondsTaken: number;
  timeLimitSec: number;
  correct: number;
  scored: number;
  selfGradePending: number;
  byTopic: Breakdown[];
  byDifficulty: Breakdown[];
  items: ResultItemView[];
  missedQuestionIds: string[];
}

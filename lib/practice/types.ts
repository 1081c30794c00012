import type { Difficulty, QuestionType } from "@/lib/content/schema";

export interface TopicChip {
  id: string;
  name: string;
  short: string;
  glyph: string;
}

/** A question ready to show: Markdown already rendered to safe HTML on the server. */
export interface PracticeCard {
  questionId: string;
  topic: TopicChip;
  subtopic: string;
  type: QuestionType;
  difficulty: Difficulty;
  isNew: boolean;
  promptHtml: string;
  codeHtml: string | null;
  answerHtml: string;
  explanationHtml: string;
  source: string | null;
  // In practice the learner checks their own pick, so correctness travels with the card.
  choices: { id: string; html: string; correct: boolean; whyHtml: string | null }[] | null;
  // Shown shuffled; `correctOrder` lists the step ids in the right order.
  steps: { id: string; html: string }[] | null;
  correctOrder: string[] | null;
  intervals: Record<1 | 2 | 3 | 4, string>;
  cardVersion: number | null;
  clientKey: string;
  /** The learner's private note in Markdown, and as safe HTML; shown with the answer. */
  note: string | null;
  noteHtml: string | null;
  flagged: boolean;
}

export interface QueueCounts {
  due: number;
  newAvailable: number;
  // Questions never seen; more than newAvailable once today's new-card limit is used up.
  unseen: number;
}

export type NextCardResult =
  | { kind: "card"; card: PracticeCard; counts: QueueCounts }
  | { kind: "done"; nextDueAt: string | null; counts: QueueCounts };

export interface GradeResult {
  reviewId: string;
  duplicate: boolean;
  next: NextCardResult;
}

import type { Difficulty, QuestionType, TopicId } from "./schema";

/** A choice as stored and served: ids are letters assigned from the authored order. */
export interface Choice {
  id: string;
  text: string;
  correct: boolean;
  why: string | null;
}

export interface OrderStep {
  id: string;
  text: string;
}

export interface CodeSnippet {
  language: string;
  source: string;
}

/** The normalised question the seed writes and the app reads. */
export interface QuestionRecord {
  id: string;
  topicId: TopicId;
  subtopic: string;
  tags: string[];
  difficulty: Difficulty;
  type: QuestionType;
  prompt: string;
  answer: string;
  explanation: string;
  source: string | null;
  choices: Choice[] | null;
  steps: OrderStep[] | null;
  code: CodeSnippet | null;
  position: number;
}

export const choiceIdAt = (index: number): string => String.fromCharCode(97 + index);

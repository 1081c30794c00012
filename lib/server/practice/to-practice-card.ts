import "server-only";
import { randomUUID } from "node:crypto";
import type { Difficulty, QuestionType } from "@/lib/content/schema";
import type { CardState, Question, Topic } from "@/lib/generated/prisma/client";
import { practiceShowingSeed, seededShuffle, shuffleOutOfOrder } from "@/lib/practice/shuffle";
import type { PracticeCard } from "@/lib/practice/types";
import { newCardFields } from "@/lib/srs/card";
import { intervalLabels, type SchedulerConfig } from "@/lib/srs/scheduler";
import { cardFieldsFromRow } from "./card-row";
import { renderedQuestion } from "./rendered-question";

export function toPracticeCard(
  question: Question & { topic: Topic },
  state: CardState | null,
  userId: string,
  now: Date,
  scheduler: SchedulerConfig,
): PracticeCard {
  const html = renderedQuestion(question);
  const seed = practiceShowingSeed(userId, question.id, state);
  return {
    questionId: question.id,
    topic: {
      id: question.topic.id,
      name: question.topic.name,
      short: question.topic.short,
      glyph: question.topic.glyph,
    },
    subtopic: question.subtopic,
    type: question.type as QuestionType,
    difficulty: question.difficulty as Difficulty,
    isNew: state === null,
    promptHtml: html.promptHtml,
    codeHtml: html.codeHtml,
    answerHtml: html.answerHtml,
    explanationHtml: html.explanationHtml,
    source: question.source,
    choices: html.choices ? seededShuffle(html.choices, seed) : null,
    steps: html.steps ? shuffleOutOfOrder(html.steps, seed) : null,
    correctOrder: html.steps ? html.steps.map((s) => s.id) : null,
    intervals: intervalLabels(state ? cardFieldsFromRow(state) : newCardFields(now), now, scheduler),
    cardVersion: state?.version ?? null,
    clientKey: randomUUID(),
    // The learner's own marks are added by lib/server/library/card-marks.ts.
    note: null,
    noteHtml: null,
    flagged: false,
  };
}

import "server-only";
import { parseJsonColumn } from "@/lib/json-column";
import { randomUUID } from "node:crypto";
import type { Choice, CodeSnippet, OrderStep } from "@/lib/content/question";
import type { Difficulty, QuestionType } from "@/lib/content/schema";
import type { CardState, Question, Topic } from "@/lib/generated/prisma/client";
import { renderCode, renderInlineMarkdown, renderMarkdown } from "@/lib/markdown";
import { practiceShowingSeed, seededShuffle, shuffleOutOfOrder } from "@/lib/practice/shuffle";
import type { PracticeCard } from "@/lib/practice/types";
import { newCardFields } from "@/lib/srs/card";
import { intervalLabels, type SchedulerConfig } from "@/lib/srs/scheduler";
import { cardFieldsFromRow } from "./card-row";

export function toPracticeCard(
  question: Question & { topic: Topic },
  state: CardState | null,
  userId: string,
  now: Date,
  scheduler: SchedulerConfig,
): PracticeCard {
  const choices = parseJsonColumn<Choice[]>(question.choices);
  const steps = parseJsonColumn<OrderStep[]>(question.steps);
  const code = parseJsonColumn<CodeSnippet>(question.code);
  const seed = practiceShowingSeed(userId, question.id, state);
  return {
    questionId: question.id,
    topic: { id: question.topic.id, name: question.topic.name, short: question.topic.short, glyph: question.topic.glyph },
    subtopic: question.subtopic,
    type: question.type as QuestionType,
    difficulty: question.difficulty as Difficulty,
    isNew: state === null,
    promptHtml: renderMarkdown(question.prompt),
    codeHtml: code ? renderCode(code.source, code.language) : null,
    answerHtml: renderMarkdown(question.answer),
    explanationHtml: renderMarkdown(question.explanation),
    source: question.source,
    choices: choices
      ? seededShuffle(choices, seed).map((c) => ({
          id: c.id,
          html: renderInlineMarkdown(c.text),
          correct: c.correct,
          whyHtml: c.why ? renderInlineMarkdown(c.why) : null,
        }))
      : null,
    steps: steps ? shuffleOutOfOrder(steps, seed).map((s) => ({ id: s.id, html: renderInlineMarkdown(s.text) })) : null,
    correctOrder: steps ? steps.map((s) => s.id) : null,
    intervals: intervalLabels(state ? cardFieldsFromRow(state) : newCardFields(now), now, scheduler),
    cardVersion: state?.version ?? null,
    clientKey: randomUUID(),
  };
}

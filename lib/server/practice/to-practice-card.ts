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

/** A question's Markdown rendered once per question object (the in-memory bank keeps its objects). */
interface RenderedQuestion {
  promptHtml: string;
  codeHtml: string | null;
  answerHtml: string;
  explanationHtml: string;
  choices: { id: string; html: string; correct: boolean; whyHtml: string | null }[] | null;
  steps: { id: string; html: string }[] | null;
}

const rendered = new WeakMap<Question, RenderedQuestion>();

function render(question: Question): RenderedQuestion {
  const cached = rendered.get(question);
  if (cached) return cached;
  const choices = parseJsonColumn<Choice[]>(question.choices);
  const steps = parseJsonColumn<OrderStep[]>(question.steps);
  const code = parseJsonColumn<CodeSnippet>(question.code);
  const out: RenderedQuestion = {
    promptHtml: renderMarkdown(question.prompt),
    codeHtml: code ? renderCode(code.source, code.language) : null,
    answerHtml: renderMarkdown(question.answer),
    explanationHtml: renderMarkdown(question.explanation),
    choices: choices
      ? choices.map((c) => ({
          id: c.id,
          html: renderInlineMarkdown(c.text),
          correct: c.correct,
          whyHtml: c.why ? renderInlineMarkdown(c.why) : null,
        }))
      : null,
    // In the authored (correct) order; shuffled per showing below.
    steps: steps ? steps.map((s) => ({ id: s.id, html: renderInlineMarkdown(s.text) })) : null,
  };
  rendered.set(question, out);
  return out;
}

export function toPracticeCard(
  question: Question & { topic: Topic },
  state: CardState | null,
  userId: string,
  now: Date,
  scheduler: SchedulerConfig,
): PracticeCard {
  const html = render(question);
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

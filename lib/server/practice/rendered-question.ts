import "server-only";
import { parseJsonColumn } from "@/lib/json-column";
import type { Choice, CodeSnippet, OrderStep } from "@/lib/content/question";
import type { Question } from "@/lib/generated/prisma/client";
import { renderCode, renderInlineMarkdown, renderMarkdown } from "@/lib/markdown";

/** A question's Markdown as HTML, rendered once per question object (the in-memory bank keeps its objects). */
export interface RenderedQuestion {
  promptHtml: string;
  codeHtml: string | null;
  answerHtml: string;
  explanationHtml: string;
  choices: { id: string; html: string; correct: boolean; whyHtml: string | null }[] | null;
  steps: { id: string; html: string }[] | null;
}

const rendered = new WeakMap<Question, RenderedQuestion>();

export function renderedQuestion(question: Question): RenderedQuestion {
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
    // In the authored (correct) order; shuffled per showing by the caller.
    steps: steps ? steps.map((s) => ({ id: s.id, html: renderInlineMarkdown(s.text) })) : null,
  };
  rendered.set(question, out);
  return out;
}

// About 1 ms of Markdown and highlighting per question: a few at a time, so requests slip in between.
const PER_TURN = 4;

/**
 * Renders questions ahead of their first showing, a few per turn of the event loop, so no learner's grade
 * waits for a card's first render. Only in a running server: tests and tools render on demand.
 */
export function renderAhead(questions: readonly Question[]): void {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  let next = 0;
  const turn = () => {
    for (const stop = Math.min(questions.length, next + PER_TURN); next < stop; next++) renderedQuestion(questions[next]!);
    if (next < questions.length) setTimeout(turn, 0);
  };
  // Timers, not setImmediate, which Next patches while it prerenders a page.
  setTimeout(turn, 0);
}

import "server-only";
import { parseJsonColumn } from "@/lib/json-column";
import type { Choice } from "@/lib/content/question";
import type { Db } from "@/lib/db-client";
import { renderInlineMarkdown, renderMarkdown } from "@/lib/markdown";
import { newCardFields } from "@/lib/srs/card";
import { intervalLabels, type GradeValue } from "@/lib/srs/scheduler";

export interface SampleCard {
  id: string;
  topic: { id: string; name: string; short: string; glyph: string };
  promptHtml: string;
  choices: { id: string; html: string; correct: boolean; whyHtml: string | null }[];
  explanationHtml: string;
  // What each grade would schedule for a card seen for the first time now.
  intervals: Record<GradeValue, string>;
}

/**
 * One live single-answer question without code, a different one each day, for the landing page.
 * Read only: a visitor's answer and grade stay in the browser.
 */
export async function getSampleCard(db: Db, now = new Date()): Promise<SampleCard | null> {
  const where = { type: "single", code: null, retiredAt: null } as const;
  const count = await db.question.count({ where });
  if (count === 0) return null;
  const day = Math.floor(now.getTime() / 86_400_000);
  const [question] = await db.question.findMany({ where, orderBy: { id: "asc" }, skip: day % count, take: 1, include: { topic: true } });
  if (!question) return null;
  const choices = parseJsonColumn<Choice[]>(question.choices) ?? [];
  return {
    id: question.id,
    topic: { id: question.topic.id, name: question.topic.name, short: question.topic.short, glyph: question.topic.glyph },
    promptHtml: renderMarkdown(question.prompt),
    choices: choices.map((c) => ({ id: c.id, html: renderInlineMarkdown(c.text), correct: c.correct, whyHtml: c.why ? renderInlineMarkdown(c.why) : null })),
    explanationHtml: renderMarkdown(question.explanation),
    intervals: intervalLabels(newCardFields(now), now, undefined),
  };
}

import "server-only";
import { parseJsonColumn } from "@/lib/json-column";
import type { Db } from "@/lib/db-client";
import type { Choice, CodeSnippet, OrderStep } from "@/lib/content/question";
import { DIFFICULTIES, type Difficulty, type QuestionType } from "@/lib/content/schema";
import { AppError } from "@/lib/http/app-error";
import { renderCode, renderInlineMarkdown, renderMarkdown } from "@/lib/markdown";
import type { QuizAnswer } from "@/lib/quiz/answer";
import { orderPositions } from "@/lib/quiz/score";
import type { Breakdown, QuizResultsView, ResultItemView } from "@/lib/quiz/types";
import { getOwnedQuiz } from "./get-owned-quiz";


function breakdown(items: ResultItemView[], keyOf: (i: ResultItemView) => string, labelOf: (key: string) => string, order: string[]): Breakdown[] {
  return order
    .map((key) => {
      const mine = items.filter((i) => keyOf(i) === key && i.correct !== null);
      return { key, label: labelOf(key), correct: mine.filter((i) => i.correct).length, total: mine.length };
    })
    .filter((b) => b.total > 0);
}

// Markdown to one plain line: code fences, marks and links' targets dropped, whitespace folded.
const plainLine = (markdown: string) =>
  markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*_#>]/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** What the learner gave, as one line: the options picked, how much of an order was right, or the text written. */
function givenLine(given: QuizAnswer | null, choices: Choice[] | null, steps: OrderStep[] | null): string {
  if (given === null) return "No answer";
  if ("choiceIds" in given) {
    const picked = (choices ?? []).filter((_, i) => given.choiceIds.includes(String.fromCharCode(97 + i))).map((c) => plainLine(c.text));
    return picked.length > 0 ? picked.join("; ") : "No answer";
  }
  if ("order" in given) {
    if (given.order.length === 0) return "No answer";
    const inPlace = (steps ?? []).filter((s, i) => given.order[i] === s.id).length;
    return `${inPlace} of ${(steps ?? []).length} steps in place`;
  }
  return given.text.trim() ? plainLine(given.text) : "You wrote nothing";
}

/** A closed quiz, question by question, with what was given beside what was right and why. */
export async function getQuizResults(db: Db, { userId, quizId, now = new Date() }: { userId: string; quizId: string; now?: Date }): Promise<QuizResultsView> {
  const quiz = await getOwnedQuiz(db, { userId, quizId, now });
  if (quiz.status === "active") throw new AppError("conflict", "This quiz is still running; results appear once it is submitted.");
  const rows = await db.quizQuestion.findMany({
    where: { quizId },
    orderBy: { position: "asc" },
    include: { question: { include: { topic: true } } },
  });
  const items = rows.map((row): ResultItemView => {
    const q = row.question;
    const choices = parseJsonColumn<Choice[]>(q.choices);
    const steps = parseJsonColumn<OrderStep[]>(q.steps);
    const code = parseJsonColumn<CodeSnippet>(q.code);
    const given = parseJsonColumn<QuizAnswer>(row.answer);
    const type = q.type as QuestionType;
    return {
      questionId: q.id,
      position: row.position,
      topic: { id: q.topic.id, name: q.topic.name, short: q.topic.short, glyph: q.topic.glyph },
      type,
      difficulty: q.difficulty as Difficulty,
      promptHtml: renderMarkdown(q.prompt),
      codeHtml: code ? renderCode(code.source, code.language) : null,
      answerHtml: renderMarkdown(q.answer),
      explanationHtml: renderMarkdown(q.explanation),
      source: q.source,
      given,
      correct: row.correct,
      rating: row.rating,
      overruled: row.overruled,
      flagged: row.flagged,
      promptText: plainLine(q.prompt),
      givenText: givenLine(given, choices, steps),
      partialCredit: row.partialCredit,
      choices: choices?.map((c) => ({ id: c.id, html: renderInlineMarkdown(c.text), correct: c.correct, whyHtml: c.why ? renderInlineMarkdown(c.why) : null })) ?? null,
      steps: steps?.map((s) => ({ id: s.id, html: renderInlineMarkdown(s.text) })) ?? null,
      orderPositions: steps ? orderPositions({ type, choices: null, steps }, given) : null,
    };
  });
  const topicNames = new Map(rows.map((r) => [r.question.topic.id, r.question.topic.name]));
  const topicOrder = [...new Map(rows.map((r) => [r.question.topic.id, r.question.topic.position])).entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  const scored = items.filter((i) => i.correct !== null);
  const closedAt = quiz.closedAt ?? quiz.deadline;
  return {
    id: quiz.id,
    status: quiz.status as QuizResultsView["status"],
    startedAt: quiz.startedAt.toISOString(),
    closedAt: closedAt.toISOString(),
    secondsTaken: Math.min(quiz.timeLimitSec, Math.round((closedAt.getTime() - quiz.startedAt.getTime()) / 1000)),
    timeLimitSec: quiz.timeLimitSec,
    correct: scored.filter((i) => i.correct).length,
    scored: scored.length,
    selfGradePending: items.filter((i) => i.type === "flashcard" && i.rating === null).length,
    byTopic: breakdown(items, (i) => i.topic.id, (k) => topicNames.get(k) ?? k, topicOrder),
    byDifficulty: breakdown(items, (i) => i.difficulty, (k) => k.charAt(0).toUpperCase() + k.slice(1), [...DIFFICULTIES]),
    items,
    missedQuestionIds: items.filter((i) => i.correct === false).map((i) => i.questionId),
  };
}

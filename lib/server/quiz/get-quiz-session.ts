import "server-only";
import { parseJsonColumn } from "@/lib/json-column";
import type { Db } from "@/lib/db-client";
import type { Choice, CodeSnippet, OrderStep } from "@/lib/content/question";
import type { Difficulty, QuestionType } from "@/lib/content/schema";
import { renderCode, renderInlineMarkdown, renderMarkdown } from "@/lib/markdown";
import { seededShuffle, shuffleOutOfOrder } from "@/lib/practice/shuffle";
import type { QuizAnswer } from "@/lib/quiz/answer";
import type { QuizItemView, QuizSessionView } from "@/lib/quiz/types";
import { getOwnedQuiz } from "./get-owned-quiz";


/** Everything the quiz page needs to resume: the stored draw, saved answers and flags, and the server's clock. */
export async function getQuizSession(db: Db, { userId, quizId, now = new Date() }: { userId: string; quizId: string; now?: Date }): Promise<QuizSessionView> {
  const quiz = await getOwnedQuiz(db, { userId, quizId, now });
  const items = await db.quizQuestion.findMany({
    where: { quizId },
    orderBy: { position: "asc" },
    include: { question: { include: { topic: true } } },
  });
  return {
    id: quiz.id,
    status: quiz.status as QuizSessionView["status"],
    startedAt: quiz.startedAt.toISOString(),
    deadline: quiz.deadline.toISOString(),
    serverNow: now.toISOString(),
    timeLimitSec: quiz.timeLimitSec,
    items: items.map((item): QuizItemView => {
      const q = item.question;
      // Each quiz is one showing: the order holds across reloads of the quiz and differs in the next quiz.
      const seed = `${quiz.id}:${q.id}`;
      const code = parseJsonColumn<CodeSnippet>(q.code);
      const choices = parseJsonColumn<Choice[]>(q.choices);
      const steps = parseJsonColumn<OrderStep[]>(q.steps);
      return {
        questionId: q.id,
        position: item.position,
        topic: { id: q.topic.id, name: q.topic.name, short: q.topic.short, glyph: q.topic.glyph },
        type: q.type as QuestionType,
        difficulty: q.difficulty as Difficulty,
        promptHtml: renderMarkdown(q.prompt),
        codeHtml: code ? renderCode(code.source, code.language) : null,
        choices: choices && seededShuffle(choices, seed).map((c) => ({ id: c.id, html: renderInlineMarkdown(c.text) })),
        steps: steps && shuffleOutOfOrder(steps, seed).map((s) => ({ id: s.id, html: renderInlineMarkdown(s.text) })),
        answer: parseJsonColumn<QuizAnswer>(item.answer),
        flagged: item.flagged,
        timeSpentMs: item.timeSpentMs,
      };
    }),
  };
}

import "server-only";
import { visibleTo } from "@/lib/server/library/hidden-questions";
import type { Choice } from "@/lib/content/question";
import { hotTuples, jsonDate, type Db } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseJsonColumn } from "@/lib/json-column";
import { givenAnswerSchema, wrongPicks } from "@/lib/learner/given-answer";

/** A wrong option picked this many times or more is a misconception worth drilling. */
export const MISCONCEPTION_MIN_PICKS = 2;

export interface Misconception {
  questionId: string;
  topicId: string;
  prompt: string;
  optionId: string;
  optionText: string;
  /** The content's reason why this option is wrong. */
  why: string | null;
  times: number;
  lastPickedAt: Date;
}

/**
 * The wrong options the learner keeps picking, from the answers stored on their reviews (practice,
 * drill and quiz): most often picked first, then most recently.
 */
export async function getMisconceptions(db: Db, { userId }: { userId: string }): Promise<Misconception[]> {
  // A wrong pick always grades Again, so the failed reviews hold every wrong option ever picked.
  // On the hot path, over the partial index of answered reviews; a learner's history can hold thousands.
  const rows = await hotTuples<[string, string, string]>(
    db,
    [`r."questionId"`, `r."answer"`, `r."reviewedAt"`],
    Prisma.sql`FROM "ReviewLog" r JOIN "Question" q ON q."id" = r."questionId"
      WHERE r."userId" = ${userId} AND r."rating" = 1 AND r."answer" IS NOT NULL AND q."retiredAt" IS NULL AND q."type" IN ('single', 'multi', 'code')`,
  );
  const logs = rows.map(([questionId, answer, reviewedAt]) => ({ questionId, answer, reviewedAt: jsonDate(reviewedAt) }));
  const picks = new Map<string, { questionId: string; optionId: string; times: number; lastPickedAt: Date }>();
  const questionIds = [...new Set(logs.map((l) => l.questionId))];
  const questions =
    questionIds.length === 0
      ? []
      : await db.question.findMany({
          where: { id: { in: questionIds }, ...visibleTo(userId) },
          select: { id: true, topicId: true, prompt: true, choices: true },
        });
  const byId = new Map(questions.map((q) => [q.id, { ...q, choices: parseJsonColumn<Choice[]>(q.choices) ?? [] }]));
  for (const log of logs) {
    const parsed = givenAnswerSchema.safeParse(parseJsonColumn<unknown>(log.answer));
    const question = byId.get(log.questionId);
    if (!parsed.success || !question) continue;
    for (const optionId of wrongPicks(parsed.data, question.choices)) {
      const key = `${log.questionId}/${optionId}`;
      const seen = picks.get(key) ?? { questionId: log.questionId, optionId, times: 0, lastPickedAt: log.reviewedAt };
      seen.times += 1;
      if (log.reviewedAt > seen.lastPickedAt) seen.lastPickedAt = log.reviewedAt;
      picks.set(key, seen);
    }
  }
  return [...picks.values()]
    .filter((p) => p.times >= MISCONCEPTION_MIN_PICKS)
    .sort((a, b) => b.times - a.times || b.lastPickedAt.getTime() - a.lastPickedAt.getTime())
    .map((p) => {
      const question = byId.get(p.questionId)!;
      const option = question.choices.find((c) => c.id === p.optionId);
      return {
        ...p,
        topicId: question.topicId,
        prompt: question.prompt,
        optionText: option?.text ?? "",
        why: option?.why ?? null,
      };
    });
}

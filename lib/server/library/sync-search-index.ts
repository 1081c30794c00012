import "server-only";
import type { Db } from "@/lib/db-client";
import { isPostgres } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Choice, OrderStep } from "@/lib/content/question";
import { parseJsonColumn } from "@/lib/json-column";
import { plainText } from "@/lib/library/search-terms";

const BATCH = 200;

interface IndexedQuestion {
  id: string;
  prompt: string;
  answer: string;
  explanation: string;
  choices: string | null;
  steps: string | null;
  subtopic: string;
  tags: string;
}

/** The text one question is found by: subtopic and tags, prompt, the options' text (and why each is wrong), answer, explanation. */
function searchDocument(q: IndexedQuestion) {
  const choices = parseJsonColumn<Choice[]>(q.choices) ?? [];
  const steps = parseJsonColumn<OrderStep[]>(q.steps) ?? [];
  const options = [...choices.flatMap((c) => [c.text, c.why ?? ""]), ...steps.map((s) => s.text)].filter(Boolean).map(plainText).join(" \n");
  const labels = [q.subtopic, ...(JSON.parse(q.tags) as string[])].map((l) => l.replace(/-/g, " ")).join(" \n");
  return { labels, prompt: plainText(q.prompt), options, answer: plainText(q.answer), explanation: plainText(q.explanation) };
}

/**
 * Makes "QuestionSearch" (FTS5 on SQLite, tsvector on PostgreSQL) hold exactly the live questions:
 * rewrites the rows of `changedIds` (every live question when the index and the bank disagree in size)
 * and drops retired ones. Called by the seed after it has written "Question".
 */
export async function syncSearchIndex(db: Db, changedIds: string[]): Promise<{ indexed: number }> {
  const [live, indexedCount] = await Promise.all([
    db.question.findMany({ where: { retiredAt: null }, select: { id: true } }),
    db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS "n" FROM "QuestionSearch"`,
  ]);
  const liveIds = new Set(live.map((q) => q.id));
  const fullRebuild = Number(indexedCount[0]?.n ?? 0) !== liveIds.size;
  const toWrite = fullRebuild ? [...liveIds] : changedIds.filter((id) => liveIds.has(id));

  await db.$transaction(async (tx) => {
    if (fullRebuild) await tx.$executeRaw`DELETE FROM "QuestionSearch"`;
    else {
      const stale = await tx.$queryRaw<{ questionId: string }[]>`SELECT "questionId" FROM "QuestionSearch"`;
      const gone = stale.map((r) => r.questionId).filter((id) => !liveIds.has(id));
      for (let i = 0; i < gone.length; i += BATCH) {
        await tx.$executeRaw`DELETE FROM "QuestionSearch" WHERE "questionId" IN (${Prisma.join(gone.slice(i, i + BATCH))})`;
      }
    }
    for (let i = 0; i < toWrite.length; i += BATCH) {
      const ids = toWrite.slice(i, i + BATCH);
      const questions = await tx.question.findMany({
        where: { id: { in: ids } },
        select: { id: true, prompt: true, answer: true, explanation: true, choices: true, steps: true, subtopic: true, tags: true },
      });
      if (!fullRebuild) await tx.$executeRaw`DELETE FROM "QuestionSearch" WHERE "questionId" IN (${Prisma.join(ids)})`;
      const rows = questions.map((q) => {
        const d = searchDocument(q);
        return Prisma.sql`(${q.id}, ${d.labels}, ${d.prompt}, ${d.options}, ${d.answer}, ${d.explanation})`;
      });
      if (rows.length > 0) {
        await tx.$executeRaw`INSERT INTO "QuestionSearch" ("questionId", "labels", "prompt", "options", "answer", "explanation") VALUES ${Prisma.join(rows)}`;
      }
    }
    // PostgreSQL plans the GIN index better with fresh statistics after a bulk load.
    if (fullRebuild && isPostgres()) await tx.$executeRaw`ANALYZE "QuestionSearch"`;
  }, { timeout: 120_000 });
  return { indexed: toWrite.length };
}

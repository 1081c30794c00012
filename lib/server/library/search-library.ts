import "server-only";
import type { Db } from "@/lib/db-client";
import { isPostgres } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Difficulty, QuestionType } from "@/lib/content/schema";
import { DRILL_FAILURE_DAYS } from "@/lib/learner/weakness";
import { fts5Match, hitSegments, plainText, searchTerms, tsQuery, type TextSegment } from "@/lib/library/search-terms";
import type { CardFields } from "@/lib/srs/card";
import { elapsedToStabilityBelowRecall, recallAt, retrievability } from "@/lib/srs/scheduler";
import type { LibraryFilters } from "@/lib/validation/library";
import { getLearnerScheduler, type LearnerScheduler } from "@/lib/server/learner/scheduler-config";
import { sqlVisibleTo } from "./hidden-questions";

export const PAGE_SIZE = 50;
const DAY_MS = 86_400_000;

export type RowState = "new" | "learning" | "review" | "due";

export interface LibraryRow {
  id: string;
  topicId: string;
  subtopic: string;
  type: QuestionType;
  difficulty: Difficulty;
  /** The prompt as plain text, split where the search matched. */
  prompt: TextSegment[];
  /** A matching passage from the options, answer or explanation, when the prompt itself did not match. */
  snippet: TextSegment[] | null;
  state: RowState;
  /** Predicted recall now, 0-100; null for a question never studied. */
  recall: number | null;
  lapses: number;
  due: string | null;
  flagged: boolean;
  hasNote: boolean;
  suspended: boolean;
  buriedUntil: string | null;
}

export interface LibraryPage {
  rows: LibraryRow[];
  total: number;
  page: number;
  pageCount: number;
  /** True when the query held no word to search for (only punctuation): nothing was searched. */
  emptyQuery: boolean;
}

type Raw = Record<string, unknown>;
// SQLite hands raw DATETIME columns back as text or numbers, PostgreSQL as Date.
const toDate = (v: unknown): Date | null => (v instanceof Date ? v : typeof v === "string" || typeof v === "number" ? new Date(v) : null);
const toNumber = (v: unknown) => Number(v ?? 0);
const toBool = (v: unknown) => v === true || v === 1 || v === 1n || v === "1" || v === "true";

interface Plan {
  /** Only the joins the filters need: what COUNT and the id selection read. */
  from: Prisma.Sql;
  where: Prisma.Sql;
  order: Prisma.Sql;
  searching: boolean;
  match: string | null;
}

/** The FROM, WHERE and ORDER BY every filter of the library compiles to; values are always bound parameters. */
function plan(userId: string, filters: Omit<LibraryFilters, "page">, now: Date): Plan | null {
  const terms = searchTerms(filters.q ?? "");
  const postgres = isPostgres();
  const match = filters.q?.trim() ? (postgres ? tsQuery(terms) : fts5Match(terms)) : null;
  if (filters.q?.trim() && !match) return null;

  const needsCard = filters.state !== undefined || filters.recall !== undefined;
  const needsMark = filters.flagged || filters.note || filters.suspended;
  const joins: Prisma.Sql[] = [];
  // "recall below" reads only studied cards, so it joins CardState as an inner join.
  if (needsCard) joins.push(filters.recall !== undefined ? Prisma.sql`JOIN "CardState" c ON c."questionId" = q."id" AND c."userId" = ${userId}` : Prisma.sql`LEFT JOIN "CardState" c ON c."questionId" = q."id" AND c."userId" = ${userId}`);
  if (needsMark) joins.push(Prisma.sql`LEFT JOIN "QuestionMark" m ON m."questionId" = q."id" AND m."userId" = ${userId}`);
  if (match) {
    joins.unshift(
      postgres
        ? Prisma.sql`JOIN (SELECT "questionId", ts_rank('{0.02, 0.05, 0.2, 1.0}', "document", to_tsquery('english', ${match})) AS "rank"
                          FROM "QuestionSearch" WHERE "document" @@ to_tsquery('english', ${match})) s ON s."questionId" = q."id"`
        : Prisma.sql`JOIN (SELECT "questionId", -bm25("QuestionSearch", 0, 10.0, 10.0, 1.5, 3.0, 1.0) AS "rank"
                          FROM "QuestionSearch" WHERE "QuestionSearch" MATCH ${match}) s ON s."questionId" = q."id"`,
    );
  }
  // The bank's questions and this learner's own cards, never another learner's.
  const where: Prisma.Sql[] = [Prisma.sql`q."retiredAt" IS NULL`, sqlVisibleTo(userId)];
  if (filters.deck) where.push(Prisma.sql`q."deckId" = ${filters.deck} AND q."ownerId" = ${userId}`);
  if (filters.topic) where.push(Prisma.sql`q."topicId" = ${filters.topic}`);
  if (filters.subtopic) where.push(Prisma.sql`q."subtopic" = ${filters.subtopic}`);
  if (filters.type) where.push(Prisma.sql`q."type" = ${filters.type}`);
  if (filters.difficulty) where.push(Prisma.sql`q."difficulty" = ${filters.difficulty}`);
  // Tags are a JSON array of slugs; the slug was validated, so the quoted form matches whole tags only.
  if (filters.tag) where.push(Prisma.sql`q."tags" LIKE ${`%"${filters.tag}"%`}`);
  if (filters.flagged) where.push(Prisma.sql`m."flagged" = ${true}`);
  if (filters.note) where.push(Prisma.sql`m."note" IS NOT NULL AND m."note" <> ''`);
  if (filters.suspended) where.push(Prisma.sql`m."suspendedAt" IS NOT NULL`);
  if (filters.failed) {
    const since = new Date(now.getTime() - DRILL_FAILURE_DAYS * DAY_MS);
    where.push(Prisma.sql`q."id" IN (SELECT r."questionId" FROM "ReviewLog" r WHERE r."userId" = ${userId} AND r."reviewedAt" >= ${since} AND r."rating" = 1)`);
  }
  if (filters.state === "new") where.push(Prisma.sql`c."id" IS NULL`);
  if (filters.state === "learning") where.push(Prisma.sql`c."state" IN (1, 3)`);
  if (filters.state === "review") where.push(Prisma.sql`c."state" = 2 AND c."due" > ${now}`);
  if (filters.state === "due") where.push(Prisma.sql`c."due" <= ${now}`);

  return {
    from: Prisma.sql`FROM "Question" q JOIN "Topic" t ON t."id" = q."topicId" ${joins.length ? Prisma.join(joins, " ") : Prisma.empty}`,
    where: Prisma.sql`WHERE ${Prisma.join(where, " AND ")}`,
    order: match ? Prisma.sql`ORDER BY s."rank" DESC, t."position", q."position", q."id"` : Prisma.sql`ORDER BY t."position", q."position", q."id"`,
    searching: match !== null,
    match,
  };
}

// The page's rows in full, read by id once the filters have chosen them.
// An own card shows its deck's name where a bank question shows its subtopic.
const COLUMNS = Prisma.sql`q."id" AS "id", q."topicId" AS "topicId", COALESCE(d."name", q."subtopic") AS "subtopic", q."type" AS "type", q."difficulty" AS "difficulty",
  q."prompt" AS "prompt", c."id" AS "cardId", c."due" AS "due", c."stability" AS "stability", c."difficulty" AS "cardDifficulty",
  c."elapsedDays" AS "elapsedDays", c."scheduledDays" AS "scheduledDays", c."learningSteps" AS "learningSteps", c."reps" AS "reps",
  c."lapses" AS "lapses", c."state" AS "state", c."lastReview" AS "lastReview",
  m."flagged" AS "flagged", m."note" IS NOT NULL AND m."note" <> '' AS "hasNote", m."suspendedAt" AS "suspendedAt", m."buriedUntil" AS "buriedUntil"`;

function cardFields(r: Raw): CardFields | null {
  if (r.cardId === null || r.cardId === undefined) return null;
  return {
    due: toDate(r.due)!,
    stability: toNumber(r.stability),
    difficulty: toNumber(r.cardDifficulty),
    elapsedDays: toNumber(r.elapsedDays),
    scheduledDays: toNumber(r.scheduledDays),
    learningSteps: toNumber(r.learningSteps),
    reps: toNumber(r.reps),
    lapses: toNumber(r.lapses),
    state: toNumber(r.state),
    lastReview: toDate(r.lastReview),
  };
}

function stateOf(card: CardFields | null, now: Date): RowState {
  if (!card) return "new";
  if (card.due <= now) return "due";
  return (card.state as number) === 1 || (card.state as number) === 3 ? "learning" : "review";
}

/** Highlighted prompt and best passage for the page's rows, from the engine's own highlighter. */
async function highlights(db: Db, match: string, ids: string[]): Promise<Map<string, { prompt: string; snippet: string }>> {
  if (ids.length === 0) return new Map();
  const rows = isPostgres()
    ? await db.$queryRaw<{ questionId: string; prompt: string; snippet: string }[]>`
        SELECT s."questionId",
               ts_headline('english', s."prompt", query, 'HighlightAll=true, StartSel=' || chr(1) || ', StopSel=' || chr(2)) AS "prompt",
               -- The passage is only needed (and ts_headline over long text only paid) when the prompt did not match.
               CASE WHEN to_tsvector('english', s."prompt") @@ query THEN '' ELSE
               ts_headline('english', s."options" || ' … ' || s."answer" || ' … ' || s."explanation" || ' … ' || s."labels", query,
                           'MaxWords=18, MinWords=8, MaxFragments=1, FragmentDelimiter=" … ", StartSel=' || chr(1) || ', StopSel=' || chr(2)) END AS "snippet"
        FROM "QuestionSearch" s, to_tsquery('english', ${match}) query
        WHERE s."questionId" IN (${Prisma.join(ids)})`
    : await db.$queryRaw<{ questionId: string; prompt: string; snippet: string }[]>`
        SELECT "questionId", highlight("QuestionSearch", 2, char(1), char(2)) AS "prompt",
               snippet("QuestionSearch", -1, char(1), char(2), ' … ', 18) AS "snippet"
        FROM "QuestionSearch" WHERE "QuestionSearch" MATCH ${match} AND "questionId" IN (${Prisma.join(ids)})`;
  return new Map(rows.map((r) => [r.questionId, { prompt: r.prompt, snippet: r.snippet }]));
}

/**
 * One page of the library for this learner: every live question matching the filters, ranked by the
 * database's full-text engine when there is a query (bank order otherwise), with the learner's own state.
 * Recall is the learner's FSRS prediction now, so "recall below" filters in JavaScript over SQL's candidates.
 */
export async function searchLibrary(db: Db, { userId, filters, now = new Date() }: { userId: string; filters: LibraryFilters; now?: Date }): Promise<LibraryPage> {
  const p = plan(userId, filters, now);
  if (!p) return { rows: [], total: 0, page: 1, pageCount: 1, emptyQuery: true };
  const scheduler = await getLearnerScheduler(db, userId);
  const recallOf = (card: CardFields | null) => (card && card.reps > 0 ? retrievability(card, now, scheduler.config) : null);

  let ids: string[];
  let total: number;
  const offset = (filters.page - 1) * PAGE_SIZE;
  if (filters.recall !== undefined) {
    const kept = await idsBelowRecall(db, p, filters.recall, scheduler, now);
    total = kept.length;
    ids = kept.slice(offset, offset + PAGE_SIZE);
  } else {
    const [rows, count] = await Promise.all([
      db.$queryRaw<{ id: string }[]>`SELECT q."id" AS "id" ${p.from} ${p.where} ${p.order} LIMIT ${PAGE_SIZE} OFFSET ${offset}`,
      db.$queryRaw<{ n: unknown }[]>`SELECT COUNT(*) AS "n" ${p.from} ${p.where}`,
    ]);
    ids = rows.map((r) => String(r.id));
    total = toNumber(count[0]?.n);
  }
  const details =
    ids.length === 0
      ? []
      : await db.$queryRaw<Raw[]>`SELECT ${COLUMNS} FROM "Question" q
          LEFT JOIN "Deck" d ON d."id" = q."deckId"
          LEFT JOIN "CardState" c ON c."questionId" = q."id" AND c."userId" = ${userId}
          LEFT JOIN "QuestionMark" m ON m."questionId" = q."id" AND m."userId" = ${userId}
          WHERE q."id" IN (${Prisma.join(ids)})`;
  const byId = new Map(details.map((r) => [String(r.id), r]));
  const pageRows = ids.map((id) => byId.get(id)).filter((r): r is Raw => r !== undefined);
  const marked = p.match ? await highlights(db, p.match, pageRows.map((r) => String(r.id))) : new Map<string, { prompt: string; snippet: string }>();

  const rows = pageRows.map((r): LibraryRow => {
    const id = String(r.id);
    const card = cardFields(r);
    const recall = recallOf(card);
    const hit = marked.get(id);
    const prompt = hit ? hitSegments(hit.prompt) : [{ text: plainText(String(r.prompt)), hit: false }];
    const snippet = hit && !prompt.some((s) => s.hit) ? hitSegments(hit.snippet) : null;
    return {
      id,
      topicId: String(r.topicId),
      subtopic: String(r.subtopic),
      type: String(r.type) as QuestionType,
      difficulty: String(r.difficulty) as Difficulty,
      prompt,
      snippet: snippet && snippet.some((s) => s.hit) ? snippet : null,
      state: stateOf(card, now),
      recall: recall === null ? null : Math.round(recall * 100),
      lapses: card?.lapses ?? 0,
      due: card?.due.toISOString() ?? null,
      flagged: toBool(r.flagged),
      hasNote: toBool(r.hasNote),
      suspended: r.suspendedAt !== null && r.suspendedAt !== undefined,
      buriedUntil: (() => {
        const until = toDate(r.buriedUntil);
        return until && until > now ? until.toISOString() : null;
      })(),
    };
  });
  return { rows, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), emptyQuery: false };
}

/**
 * Whole days since the card's last review beyond `ratio` × stability, in SQL: a slightly loose test, so it
 * keeps every card below the recall (and a rare one just above it, which the exact check then drops).
 */
function pastRecallBoundary(ratio: number, now: Date): Prisma.Sql {
  const loose = ratio * (1 - 1e-6);
  const pastBoundary = isPostgres()
    ? Prisma.sql`(CAST(${now.getTime() / 1000} AS DOUBLE PRECISION) - EXTRACT(EPOCH FROM c."lastReview")) / 86400.0 > CAST(${loose} AS DOUBLE PRECISION) * c."stability"`
    : Prisma.sql`(${now.getTime() / DAY_MS + 2440587.5} - julianday(c."lastReview")) > ${loose} * c."stability"`;
  // A card with no last review or still new has recall 0 to FSRS, below any threshold.
  return Prisma.sql`(c."lastReview" IS NULL OR c."state" = 0 OR ${pastBoundary})`;
}

/** The ids, in the list's order, of studied cards predicted below `percent` recall now; SQL narrows, FSRS decides. */
async function idsBelowRecall(db: Db, p: Plan, percent: number, scheduler: LearnerScheduler, now: Date): Promise<string[]> {
  const below = percent / 100;
  const narrowed = pastRecallBoundary(elapsedToStabilityBelowRecall(below, scheduler.config), now);
  const rows = await db.$queryRaw<Raw[]>`SELECT q."id" AS "id", c."id" AS "cardId", c."due" AS "due", c."stability" AS "stability", c."reps" AS "reps",
      c."state" AS "state", c."lastReview" AS "lastReview" ${p.from} ${p.where} AND c."reps" > 0 AND ${narrowed} ${p.order}`;
  const recall = recallAt(now, scheduler.config);
  return rows
    .filter((r) => {
      const card = cardFields(r);
      return card !== null && recall(card) < below;
    })
    .map((r) => String(r.id));
}

/** Every question id the filters select, in the list's order (for "Practise these" and "Quiz me on these"). */
export async function selectLibraryIds(db: Db, { userId, filters, now = new Date(), limit }: { userId: string; filters: Omit<LibraryFilters, "page">; now?: Date; limit: number }): Promise<string[]> {
  const p = plan(userId, filters, now);
  if (!p) return [];
  if (filters.recall !== undefined) {
    const ids = await idsBelowRecall(db, p, filters.recall, await getLearnerScheduler(db, userId), now);
    return ids.slice(0, limit);
  }
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT q."id" AS "id" ${p.from} ${p.where} ${p.order} LIMIT ${limit}`;
  return rows.map((r) => String(r.id));
}

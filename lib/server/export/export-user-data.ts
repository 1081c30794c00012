import "server-only";
import type { Db } from "@/lib/db-client";
import { csvRow } from "@/lib/export/csv";

export type ExportFormat = "csv" | "json";
export type ExportKind = "reviews" | "cards" | "notes" | "decks";

const BATCH = 2_000;

const REVIEW_COLUMNS = ["id", "questionId", "reviewedAt", "rating", "source", "durationMs", "prevState", "prevDue", "prevStability", "prevDifficulty", "prevReps", "prevLapses"] as const;
const CARD_COLUMNS = ["questionId", "due", "stability", "difficulty", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview"] as const;
const NOTE_COLUMNS = ["questionId", "note", "flagged", "suspendedAt", "buriedUntil", "updatedAt"] as const;
// The learner's own cards (live and deleted), with their deck's name: what they wrote or imported.
const DECK_COLUMNS = ["id", "deckId", "deckName", "type", "difficulty", "tags", "prompt", "answer", "explanation", "choices", "steps", "code", "createdAt", "updatedAt", "retiredAt"] as const;
const COLUMNS: Record<ExportKind, readonly string[]> = { reviews: REVIEW_COLUMNS, cards: CARD_COLUMNS, notes: NOTE_COLUMNS, decks: DECK_COLUMNS };

async function ownCardsPage(db: Db, userId: string, cursor: string | undefined) {
  const page = await db.question.findMany({
    where: { ownerId: userId },
    orderBy: { id: "asc" },
    take: BATCH,
    ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    select: { id: true, deckId: true, deck: { select: { name: true } }, type: true, difficulty: true, tags: true, prompt: true, answer: true, explanation: true, choices: true, steps: true, code: true, createdAt: true, updatedAt: true, retiredAt: true },
  });
  return page.map(({ deck, ...q }) => ({ ...q, deckName: deck?.name ?? null }));
}

/** Pages through the user's rows in key order, so memory stays flat however long the history. */
type Cell = string | number | boolean | Date | null;

async function* rows(db: Db, userId: string, kind: ExportKind): AsyncGenerator<Record<string, Cell>[]> {
  let cursor: string | undefined;
  for (;;) {
    const page =
      kind === "decks"
        ? await ownCardsPage(db, userId, cursor)
        : kind === "reviews"
        ? await db.reviewLog.findMany({
            where: { userId },
            orderBy: { id: "asc" },
            take: BATCH,
            ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
            select: Object.fromEntries(REVIEW_COLUMNS.map((c) => [c, true])) as Record<(typeof REVIEW_COLUMNS)[number], true>,
          })
        : kind === "notes"
          ? await db.questionMark.findMany({
              where: { userId },
              orderBy: { id: "asc" },
              take: BATCH,
              ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
              select: { id: true, ...(Object.fromEntries(NOTE_COLUMNS.map((c) => [c, true])) as Record<(typeof NOTE_COLUMNS)[number], true>) },
            })
          : await db.cardState.findMany({
            where: { userId },
            orderBy: { id: "asc" },
            take: BATCH,
            ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
            select: { id: true, ...(Object.fromEntries(CARD_COLUMNS.map((c) => [c, true])) as Record<(typeof CARD_COLUMNS)[number], true>) },
          });
    if (page.length === 0) return;
    cursor = page.at(-1)?.id;
    yield page;
    if (page.length < BATCH) return;
  }
}

/** The user's review history, card states or notes and marks as a stream of CSV or JSON text. */
export function exportUserData(db: Db, { userId, kind, format }: { userId: string; kind: ExportKind; format: ExportFormat }): ReadableStream<Uint8Array> {
  const columns = COLUMNS[kind];
  const encoder = new TextEncoder();
  const source = rows(db, userId, kind);
  let first = true;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(format === "csv" ? csvRow(columns) : "[\n"));
    },
    async pull(controller) {
      const next = await source.next();
      if (next.done) {
        if (format === "json") controller.enqueue(encoder.encode("\n]\n"));
        controller.close();
        return;
      }
      const text = next.value
        .map((row) => {
          const picked = Object.fromEntries(columns.map((c) => [c, row[c] ?? null]));
          if (format === "csv") return csvRow(columns.map((c) => picked[c]));
          const json = `${first ? "" : ",\n"}${JSON.stringify(picked)}`;
          first = false;
          return json;
        })
        .join("");
      controller.enqueue(encoder.encode(text));
    },
  });
}

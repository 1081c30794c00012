import { createHash } from "node:crypto";
import { zipSync, type Zippable } from "fflate";
import { State } from "ts-fsrs";
import type { CardFields } from "@/lib/srs/card";
import { replayGrades } from "@/lib/srs/replay";
import { isGrade } from "@/lib/srs/scheduler";
import { FIELD_SEPARATOR, joinTags } from "./collection";
import { COLLECTION_CONF, DECK_CONFIG, basicModelJson, createSchema11, deckJson } from "./schema11";
import { buildSqliteBytes } from "./temp-sqlite";

export interface ExportReview {
  rating: number;
  reviewedAt: Date;
  durationMs: number;
}

export interface ExportCard {
  /** Stable per card, so Anki updates the note instead of duplicating it on a second import. */
  guid: string;
  deckName: string;
  /** HTML, as Anki shows it. */
  front: string;
  back: string;
  tags: string[];
  state: CardFields | null;
  reviews: ExportReview[];
}

const DAY_MS = 86_400_000;

const stripHtml = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .trim();
const checksum = (text: string) => parseInt(createHash("sha1").update(text).digest("hex").slice(0, 8), 16);

// Anki's interval convention: days once in review, negative seconds while learning.
function ankiInterval(card: CardFields, at: Date): number {
  if (card.state === State.Review) return Math.max(1, card.scheduledDays);
  return -Math.max(1, Math.round((card.due.getTime() - at.getTime()) / 1000));
}

const revlogType = (before: CardFields) =>
  before.state === State.Review ? 1 : before.state === State.Relearning ? 2 : 0;

/** A legacy .apkg (collection.anki2, schema 11) with one Basic note type, the decks, tags and review history. */
export async function writeApkg(
  cards: readonly ExportCard[],
  media: ReadonlyMap<string, Uint8Array> = new Map(),
  now = new Date(),
): Promise<Uint8Array> {
  const nowMs = now.getTime();
  const nowSeconds = Math.floor(nowMs / 1000);
  const createdDay = Math.floor(nowMs / DAY_MS) * DAY_MS;
  const base = nowMs - cards.length - 10;
  const modelId = base;
  const deckIds = new Map<string, number>();
  for (const card of cards) if (!deckIds.has(card.deckName)) deckIds.set(card.deckName, base + 1 + deckIds.size);
  const firstDeck = deckIds.values().next().value ?? 1;
  const decks: Record<string, unknown> = { "1": deckJson(1, "Default", nowSeconds) };
  for (const [name, id] of deckIds) decks[String(id)] = deckJson(id, name, nowSeconds);

  const sqlite = await buildSqliteBytes(async (db) => {
    await createSchema11(db);
    await db.execute({
      sql: "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')",
      args: [
        Math.floor(createdDay / 1000),
        nowMs,
        nowMs,
        JSON.stringify({ ...COLLECTION_CONF, curModel: String(modelId) }),
        JSON.stringify({ [String(modelId)]: basicModelJson(modelId, firstDeck, nowSeconds) }),
        JSON.stringify(decks),
        JSON.stringify(DECK_CONFIG),
      ],
    });
    const usedRevlogIds = new Set<number>();
    const statements: Array<{ sql: string; args: Array<string | number> }> = [];
    cards.forEach((card, index) => {
      const id = base + 1 + deckIds.size + index;
      const sortField = stripHtml(card.front);
      statements.push({
        sql: "INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')",
        args: [
          id,
          card.guid,
          modelId,
          nowSeconds,
          joinTags(card.tags),
          [card.front, card.back].join(FIELD_SEPARATOR),
          sortField,
          checksum(sortField),
        ],
      });
      statements.push({
        sql: "INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?)",
        args: [id, id, deckIds.get(card.deckName)!, nowSeconds, ...schedule(card.state, index, createdDay)],
      });
      const grades = card.reviews
        .filter((r) => isGrade(r.rating))
        .sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
      const { steps } = replayGrades(
        grades.map((r) => ({ rating: r.rating as 1 | 2 | 3 | 4, reviewedAt: r.reviewedAt })),
      );
      steps.forEach((step, i) => {
        const review = grades[i]!;
        let revlogId = review.reviewedAt.getTime();
        while (usedRevlogIds.has(revlogId)) revlogId++;
        usedRevlogIds.add(revlogId);
        const lastInterval = step.existed ? ankiInterval(step.before, review.reviewedAt) : 0;
        statements.push({
          sql: "INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, 2500, ?, ?)",
          args: [
            revlogId,
            id,
            review.rating,
            ankiInterval(step.after, review.reviewedAt),
            lastInterval,
            Math.max(0, Math.round(review.durationMs)),
            revlogType(step.before),
          ],
        });
      });
    });
    for (let i = 0; i < statements.length; i += 5000) await db.batch(statements.slice(i, i + 5000), "write");
  });

  const files: Zippable = { "collection.anki2": sqlite };
  const map: Record<string, string> = {};
  [...media].forEach(([name, bytes], index) => {
    files[String(index)] = [bytes, { level: 0 }];
    map[String(index)] = name;
  });
  files.media = new TextEncoder().encode(JSON.stringify(map));
  return zipSync(files, { level: 6 });
}

// type, queue, due, ivl, factor, reps, lapses, data: a review card is due on a day counted from the collection's creation.
function schedule(state: CardFields | null, position: number, createdDay: number): Array<number | string> {
  if (!state || state.state === State.New) return [0, 0, position + 1, 0, 0, 0, 0, ""];
  const memory = JSON.stringify({ s: Number(state.stability.toFixed(4)), d: Number(state.difficulty.toFixed(4)) });
  if (state.state === State.Review) {
    const dueDay = Math.max(0, Math.floor((state.due.getTime() - createdDay) / DAY_MS));
    return [2, 2, dueDay, Math.max(1, state.scheduledDays), 2500, state.reps, state.lapses, memory];
  }
  const type = state.state === State.Relearning ? 3 : 1;
  return [type, 1, Math.floor(state.due.getTime() / 1000), 0, 2500, state.reps, state.lapses, memory];
}

import "server-only";
import type { Db } from "@/lib/db-client";
import { markdownToAnkiHtml } from "@/lib/anki/markdown-to-anki";
import { writeApkg, type ExportCard } from "@/lib/anki/write-package";
import type { CardFields } from "@/lib/srs/card";
import { getOwnedDeck } from "./decks";

/** One of the learner's decks as an .apkg Anki desktop imports: its cards, tags, images and the learner's review history. */
export async function exportDeckApkg(
  db: Db,
  { userId, deckId, now = new Date() }: { userId: string; deckId: string; now?: Date },
) {
  const deck = await getOwnedDeck(db, { userId, deckId });
  const questions = await db.question.findMany({
    where: { deckId: deck.id, ownerId: userId, retiredAt: null },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, prompt: true, answer: true, explanation: true, tags: true, sourceKey: true },
  });
  const ids = questions.map((q) => q.id);
  const [logs, states] = await Promise.all([
    db.reviewLog.findMany({
      where: { userId, questionId: { in: ids } },
      orderBy: [{ reviewedAt: "asc" }, { cardVersion: "asc" }],
      select: { questionId: true, rating: true, reviewedAt: true, durationMs: true },
    }),
    db.cardState.findMany({ where: { userId, questionId: { in: ids } } }),
  ]);
  const stateOf = new Map<string, CardFields>(states.map((s) => [s.questionId, s]));
  const logsOf = new Map<string, typeof logs>();
  for (const log of logs) logsOf.set(log.questionId, [...(logsOf.get(log.questionId) ?? []), log]);

  const used = new Set<string>();
  const cards: ExportCard[] = questions.map((q) => {
    const front = markdownToAnkiHtml(q.prompt, deck.id);
    const back = markdownToAnkiHtml([q.answer, q.explanation].filter(Boolean).join("\n\n"), deck.id);
    for (const name of [...front.images, ...back.images]) used.add(name);
    return {
      guid: q.sourceKey ?? q.id,
      deckName: deck.name,
      front: front.html,
      back: back.html,
      tags: JSON.parse(q.tags) as string[],
      state: stateOf.get(q.id) ?? null,
      reviews: (logsOf.get(q.id) ?? []).map((l) => ({
        rating: l.rating,
        reviewedAt: l.reviewedAt,
        durationMs: l.durationMs,
      })),
    };
  });
  const media = await db.deckMedia.findMany({
    where: { deckId: deck.id, userId, name: { in: [...used] } },
    select: { name: true, bytes: true },
  });
  const apkg = await writeApkg(cards, new Map(media.map((m) => [m.name, new Uint8Array(m.bytes)])), now);
  return { name: deck.name, apkg };
}

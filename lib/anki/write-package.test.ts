import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { PNG_1X1 } from "@/tests/support/anki-packages";
import { historyFromRevlog, revlogByCard } from "./revlog-history";
import { collectionToCards } from "./note-cards";
import { readAnkiPackage } from "./read-package";
import { writeApkg, type ExportCard } from "./write-package";

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 2, 1, 8);
const reviews = [
  { rating: 3, reviewedAt: new Date(t0), durationMs: 5000 },
  { rating: 3, reviewedAt: new Date(t0 + 600_000), durationMs: 4000 },
  { rating: 1, reviewedAt: new Date(t0 + 4 * DAY), durationMs: 9000 },
  { rating: 4, reviewedAt: new Date(t0 + 4 * DAY + 1), durationMs: 2000 },
];
const expectedState = historyFromRevlog(
  reviews.map((r, i) => ({
    id: r.reviewedAt.getTime(),
    cardId: "x",
    ease: r.rating,
    interval: 0,
    lastInterval: 0,
    factor: 0,
    timeMs: r.durationMs,
    type: i ? 1 : 0,
  })),
).state;

const cards: ExportCard[] = [
  {
    guid: "q-1",
    deckName: "Interviews::Caching",
    front: "<p>What is <strong>write-through</strong>?</p>",
    back: '<p>Writes go to cache and store.</p><p><img src="diagram.png" alt="flow"></p>',
    tags: ["caching", "own"],
    state: expectedState,
    reviews,
  },
  {
    guid: "q-2",
    deckName: "Interviews",
    front: "<p>Never reviewed</p>",
    back: "<p>Still new</p>",
    tags: [],
    state: null,
    reviews: [],
  },
];

describe("writeApkg", () => {
  it("writes a legacy package that reads back to the same cards, tags, decks, media and history", async () => {
    const data = await writeApkg(cards, new Map([["diagram.png", PNG_1X1]]), new Date(t0 + 10 * DAY));
    const pkg = await readAnkiPackage(data);
    expect(pkg.format).toBe("anki2");
    expect(pkg.images.get("diagram.png")?.contentType).toBe("image/png");

    const read = collectionToCards(pkg.collection);
    expect(read.map((c) => [c.key, c.deckName, c.prompt, c.answer, c.tags])).toEqual([
      [
        "q-1",
        "Interviews::Caching",
        "What is **write-through**?",
        "Writes go to cache and store.\n\n![flow](media:diagram.png)",
        ["caching", "own"],
      ],
      ["q-2", "Interviews", "Never reviewed", "Still new", []],
    ]);
    const byCard = revlogByCard(pkg.collection.revlog);
    const history = historyFromRevlog(byCard.get(read[0]!.ankiCardIds[0]!) ?? []);
    expect(history.reviews.map((r) => [r.rating, r.reviewedAt.getTime(), r.durationMs])).toEqual(
      reviews.map((r) => [r.rating, r.reviewedAt.getTime(), r.durationMs]),
    );
    expect(history.state).toEqual(expectedState);
    expect(byCard.get(read[1]!.ankiCardIds[0]!)).toBeUndefined();
  });

  it("leaves no temporary files behind", async () => {
    const before = (await readdir(tmpdir())).filter((f) => f.startsWith("anki-")).length;
    await readAnkiPackage(await writeApkg(cards));
    const after = (await readdir(tmpdir())).filter((f) => f.startsWith("anki-")).length;
    expect(after).toBe(before);
  });
});

// CSV and TSV import and the deck and review-history exports on the real database (SQLite here, PostgreSQL
// under TEST_POSTGRES_URL): right input becomes cards, any bad input is refused and changes nothing.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDeck } from "@/lib/server/decks/decks";
import { exportDeckCsv } from "@/lib/server/decks/export-deck-csv";
import { importCsv } from "@/lib/server/decks/import-csv";
import { exportReviewHistory } from "@/lib/server/export/export-review-history";
import { exportUserData } from "@/lib/server/export/export-user-data";
import { gradeCard } from "@/lib/server/practice/grade-card";
import { searchLibrary } from "@/lib/server/library/search-library";
import { libraryFiltersSchema } from "@/lib/validation/library";
import { makeUser } from "../support/users";

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);

const everything = () => Promise.all([db.deck.count(), db.question.count(), db.question.count({ where: { ownerId: { not: null } } })]);

describe("CSV import", () => {
  it("imports a CSV with a BOM, a header in any order, quoted commas and line breaks, tags and a reversed row", async () => {
    const user = await makeUser(db);
    const csv = 'Tags,Question,Answer,Type\r\n"db txn","What is 2PC, briefly?","Two-phase commit:\nprepare, then commit",\r\nnet,TCP,Transmission Control Protocol,reversed\r\n';
    const result = await importCsv(db, { userId: user.id, bytes: withBom(csv), fileName: "cards.csv", deckName: "Interview notes" });
    expect(result.created).toBe(3);
    const deck = await db.deck.findUniqueOrThrow({ where: { id: result.deckId } });
    expect(deck).toMatchObject({ userId: user.id, name: "Interview notes", source: "csv" });
    const cards = await db.question.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" } });
    expect(cards.map((c) => [c.prompt, c.answer, JSON.parse(c.tags) as string[], c.type, c.ownerId])).toEqual([
      ["What is 2PC, briefly?", "Two-phase commit:\nprepare, then commit", ["db", "txn"], "flashcard", user.id],
      ["TCP", "Transmission Control Protocol", ["net"], "flashcard", user.id],
      ["Transmission Control Protocol", "TCP", ["net"], "flashcard", user.id],
    ]);
    // Indexed for search as soon as they are written.
    const found = await searchLibrary(db, { userId: user.id, filters: libraryFiltersSchema.parse({ q: "two-phase commit" }) });
    expect(found.rows.map((r) => r.id)).toContain(cards[0]!.id);
  });

  it("imports a TSV without a header into an existing deck, with a column mapping chosen by the learner", async () => {
    const user = await makeUser(db);
    const deck = await createDeck(db, { userId: user.id, name: "Existing" });
    const tsv = "ignored\tback one\tfront one\nx\tback two\tfront two\n";
    const result = await importCsv(db, { userId: user.id, bytes: utf8(tsv), fileName: "cards.tsv", deckId: deck.id, hasHeader: false, mapping: ["ignore", "back", "front"] });
    expect(result).toEqual({ deckId: deck.id, created: 2 });
    const cards = await db.question.findMany({ where: { deckId: deck.id }, orderBy: { position: "asc" }, select: { prompt: true, answer: true } });
    expect(cards).toEqual([{ prompt: "front one", answer: "back one" }, { prompt: "front two", answer: "back two" }]);
  });

  it("refuses every bad input with a clear message and changes nothing", async () => {
    const user = await makeUser(db);
    const other = await makeUser(db);
    const theirs = await createDeck(db, { userId: other.id, name: "Not yours" });
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0]);
    const latin1 = new Uint8Array([0x66, 0x72, 0x6f, 0x6e, 0x74, 0x2c, 0x62, 0x61, 0x63, 0x6b, 0x0a, 0xe9, 0x2c, 0x62]);
    const cases: [Parameters<typeof importCsv>[1], RegExp][] = [
      [{ userId: user.id, bytes: zip, fileName: "deck.apkg.csv", deckName: "x" }, /not a text file/],
      [{ userId: user.id, bytes: latin1, fileName: "a.csv", deckName: "x" }, /not UTF-8/],
      [{ userId: user.id, bytes: new Uint8Array(), fileName: "a.csv", deckName: "x" }, /empty/],
      [{ userId: user.id, bytes: utf8("front,back\n"), fileName: "a.csv", deckName: "x" }, /no cards/],
      // A bad row late in the file stops the whole import: the good rows before it are not written either.
      [{ userId: user.id, bytes: utf8("front,back\na,b\nc,d\ne,\n"), fileName: "a.csv", deckName: "x" }, /Row 4: the back is empty/],
      [{ userId: user.id, bytes: utf8('front,back\na,"never closed\n'), fileName: "a.csv", deckName: "x" }, /never closed/],
      [{ userId: user.id, bytes: utf8("front,back,type\na,b,single\n"), fileName: "a.csv", deckName: "x" }, /type "single"/],
      [{ userId: user.id, bytes: utf8(`front,back\n${"x".repeat(20_001)},b\n`), fileName: "a.csv", deckName: "x" }, /longer than 20,000/],
      [{ userId: user.id, bytes: utf8("front,back\n" + "a,b\n".repeat(50_001)), fileName: "a.csv", deckName: "x" }, /more than 50,000 rows/],
      [{ userId: user.id, bytes: utf8("front,back\na,b\n"), fileName: "a.csv" }, /name a new one/],
      [{ userId: user.id, bytes: utf8("a,b\n"), fileName: "a.csv", deckName: "x", hasHeader: false, mapping: ["front", "ignore"] }, /front and which is the back/],
    ];
    const before = await everything();
    for (const [options, message] of cases) {
      const error: unknown = await importCsv(db, options).then(() => null, (e: unknown) => e);
      expect(error, String(message)).toMatchObject({ code: "invalid" });
      expect((error as Error).message).toMatch(message);
    }
    await expect(importCsv(db, { userId: user.id, bytes: utf8("front,back\na,b\n"), fileName: "a.csv", deckId: theirs.id })).rejects.toMatchObject({ code: "not_found" });
    expect(await everything()).toEqual(before);
  });
});

describe("exports", () => {
  it("a deck as CSV re-imports to the same cards and tags", async () => {
    const user = await makeUser(db);
    const csv = 'front,back,tags\n"=cmd|calc","a formula-like front",security\n"Line one\nline two","a, b and ""c""","x y"\n-1 means?,"-1 is minus one",\n';
    const first = await importCsv(db, { userId: user.id, bytes: utf8(csv), fileName: "a.csv", deckName: "Round trip" });
    const exported = await exportDeckCsv(db, { userId: user.id, deckId: first.deckId });
    expect(exported.name).toBe("Round trip");
    const second = await importCsv(db, { userId: user.id, bytes: utf8(exported.csv), fileName: "round-trip.csv", deckName: "Round trip again" });
    const read = (deckId: string) => db.question.findMany({ where: { deckId }, orderBy: { position: "asc" }, select: { prompt: true, answer: true, tags: true, type: true } });
    const original = await read(first.deckId);
    expect(original[0]!.prompt).toBe("=cmd|calc");
    expect(await read(second.deckId)).toEqual(original);
    // Nobody else can export it.
    const other = await makeUser(db);
    await expect(exportDeckCsv(db, { userId: other.id, deckId: first.deckId })).rejects.toMatchObject({ code: "not_found" });
  });

  it("the review history in the FSRS optimiser's schema, one integer card id per question, oldest first", async () => {
    const user = await makeUser(db);
    const { deckId } = await importCsv(db, { userId: user.id, bytes: utf8("front,back\na,b\nc,d\n"), fileName: "a.csv", deckName: "History" });
    const [a, c] = await db.question.findMany({ where: { deckId }, orderBy: { position: "asc" } });
    const t0 = new Date("2026-11-01T10:00:00Z");
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    const grade = (questionId: string, rating: 1 | 2 | 3 | 4, now: Date, durationMs: number) => gradeCard(db, { userId: user.id, questionId, rating, clientKey: randomUUID(), durationMs, source: "practice", now });
    await grade(a!.id, 1, at(0), 4000);
    await grade(c!.id, 3, at(1), 2500);
    await grade(a!.id, 3, at(10), 3000);
    const text = await exportReviewHistory(db, { userId: user.id });
    expect(text.trimEnd().split("\n")).toEqual([
      "card_id,review_time,review_rating,review_state,review_duration",
      `1,${at(0).getTime()},1,0,4000`,
      `2,${at(1).getTime()},3,0,2500`,
      `1,${at(10).getTime()},3,1,3000`,
    ]);
    // Another learner's history holds none of it.
    const other = await makeUser(db);
    expect((await exportReviewHistory(db, { userId: other.id })).trim()).toBe("card_id,review_time,review_rating,review_state,review_duration");
  });
});

describe("the JSON export of own cards", () => {
  it("holds every card the learner wrote or imported, with its deck, and none of anyone else's", async () => {
    const user = await makeUser(db);
    const other = await makeUser(db);
    await importCsv(db, { userId: user.id, bytes: utf8("front,back\nmine one,a\nmine two,b\n"), fileName: "a.csv", deckName: "Mine" });
    await importCsv(db, { userId: other.id, bytes: utf8("front,back\ntheirs,a\n"), fileName: "a.csv", deckName: "Theirs" });
    const text = await new Response(exportUserData(db, { userId: user.id, kind: "decks", format: "json" })).text();
    const rows = JSON.parse(text) as { prompt: string; deckName: string; type: string }[];
    expect(rows.map((r) => [r.prompt, r.deckName, r.type]).sort()).toEqual([["mine one", "Mine", "flashcard"], ["mine two", "Mine", "flashcard"]]);
  });
});

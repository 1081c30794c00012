import { describe, expect, it } from "vitest";
import { csvRowsToCards, csvTags } from "./csv-cards";
import { CsvError, decodeCsv, defaultMapping, detectDelimiter, detectHeader, parseDelimited } from "./csv-parse";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("decodeCsv", () => {
  it("drops a UTF-8 byte order mark and keeps the rest of the text", () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("front,back\nä,ß")]);
    expect(decodeCsv(withBom)).toBe("front,back\nä,ß");
    expect(decodeCsv(bytes("front,back"))).toBe("front,back");
  });

  it("refuses an empty file, binary bytes and text that is not UTF-8", () => {
    expect(() => decodeCsv(new Uint8Array())).toThrow(/empty/);
    expect(() => decodeCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x08]))).toThrow(/not a text file/);
    expect(() => decodeCsv(new Uint8Array([0x66, 0xff, 0xfe, 0x2c, 0x62]))).toThrow(/not UTF-8/);
  });
});

describe("parseDelimited", () => {
  it("keeps commas, doubled quotes and line breaks inside quoted fields", () => {
    const rows = parseDelimited('front,back\r\n"a, b","say ""hi""\nthen go"\n\nlast,row', ",");
    expect(rows).toEqual([
      ["front", "back"],
      ["a, b", 'say "hi"\nthen go'],
      ["last", "row"],
    ]);
  });

  it("splits on tabs for TSV and keeps a trailing empty field", () => {
    expect(parseDelimited("a\tb\t\nc\td\te", "\t")).toEqual([
      ["a", "b", ""],
      ["c", "d", "e"],
    ]);
  });

  it("names the line of a quote that never closes", () => {
    expect(() => parseDelimited('a,b\nc,"open\nstill open', ",")).toThrow(/Line 2: a quoted field is never closed/);
  });

  it("stops at the row limit with a clear message", () => {
    expect(() => parseDelimited("a,b\nc,d\ne,f\n", ",", 2)).toThrow(CsvError);
    expect(() => parseDelimited("a,b\nc,d\ne,f\n", ",", 2)).toThrow(/more than 1 rows/);
  });
});

describe("header and columns", () => {
  it("detects the delimiter from the name or the first line", () => {
    expect(detectDelimiter("a,b", "cards.tsv")).toBe("\t");
    expect(detectDelimiter("front\tback\tnote, with comma\n", "x.txt")).toBe("\t");
    expect(detectDelimiter("front,back\n", "")).toBe(",");
  });

  it("finds a header that names front and back in any usual word, in any order", () => {
    expect(detectHeader(["Question", "Answer"])).toBe(true);
    expect(detectHeader(["What is TCP?", "A transport protocol"])).toBe(false);
    expect(defaultMapping(["Tags", "Back", "Front", "extra"], true)).toEqual(["tags", "back", "front", "ignore"]);
    expect(defaultMapping(["x", "y", "z", "w", "v"], false)).toEqual(["front", "back", "tags", "type", "ignore"]);
  });
});

describe("csvRowsToCards", () => {
  const rows = [
    ["front", "back", "tags", "type"],
    ["What is 2PC?", "Two-phase commit", "databases distributed::txn", ""],
    ["TCP", "Transmission Control Protocol", "", "reversed"],
    ["'=SUM(A1)", "a formula-looking front, neutralised on export", "", "flashcard"],
  ];

  it("makes one flashcard per row, two for a reversed one, with tags as slugs", () => {
    const cards = csvRowsToCards(rows, ["front", "back", "tags", "type"], { hasHeader: true });
    expect(cards.map((c) => [c.row, c.card.prompt, c.card.answer])).toEqual([
      [2, "What is 2PC?", "Two-phase commit"],
      [3, "TCP", "Transmission Control Protocol"],
      [3, "Transmission Control Protocol", "TCP"],
      [4, "=SUM(A1)", "a formula-looking front, neutralised on export"],
    ]);
    expect(cards[0]!.card.tags).toEqual(["databases", "distributed-txn"]);
  });

  it("names the row of an empty front or back, or of a type a CSV cannot hold", () => {
    expect(() => csvRowsToCards([["a", ""]], ["front", "back"], { hasHeader: false })).toThrow(/Row 1: the back is empty/);
    expect(() => csvRowsToCards([["h1", "h2"], ["", "b"]], ["front", "back"], { hasHeader: true })).toThrow(/Row 2: the front is empty/);
    expect(() => csvRowsToCards([["a", "b", "single"]], ["front", "back", "type"], { hasHeader: false })).toThrow(/Row 1: the type "single"/);
    expect(() => csvRowsToCards([["a", "b"]], ["front", "ignore"], { hasHeader: false })).toThrow(/front and which is the back/);
    expect(() => csvRowsToCards([["front", "back"]], ["front", "back"], { hasHeader: true })).toThrow(/no cards/);
  });

  it("turns free-form tags into slugs", () => {
    expect(csvTags("System Design, caching;  Über::Cache")).toEqual(["system", "design", "caching", "uber-cache"]);
  });
});

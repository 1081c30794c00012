import { describe, expect, it } from "vitest";
import { focusOnFirstHit, fts5Match, hitSegments, plainText, searchTerms, tsQuery } from "./search-terms";

describe("search terms", () => {
  it("keeps only words, so engine syntax typed by a user never reaches the engine", () => {
    const terms = searchTerms('idempotency" OR prompt:* NEAR(a b) -x ^y \'; DROP TABLE "Question"; --');
    expect(terms).toEqual(["idempotency", "or", "prompt", "near", "a", "b", "x", "y", "drop", "table", "question"]);
    expect(fts5Match(terms)).toBe('"idempotency" "or" "prompt" "near" "a" "b" "x" "y" "drop" "table" "question"*');
    expect(tsQuery(["idempotency", "keys"])).toBe("idempotency & keys:*");
  });

  it("has nothing to search for when the query holds no word", () => {
    expect(searchTerms('  "*" () :: ')).toEqual([]);
    expect(fts5Match([])).toBeNull();
    expect(tsQuery([])).toBeNull();
  });

  it("keeps non-Latin words and drops repeats", () => {
    expect(searchTerms("Идемпотентность idempotent IDEMPOTENT")).toEqual(["идемпотентность", "idempotent"]);
  });

  it("splits marked engine output into plain and hit segments", () => {
    expect(hitSegments("Why is \u0001PUT\u0002 <b>\u0001idempotent\u0002</b>?")).toEqual([
      { text: "Why is ", hit: false },
      { text: "PUT", hit: true },
      { text: " <b>", hit: false },
      { text: "idempotent", hit: true },
      { text: "</b>?", hit: false },
    ]);
    expect(hitSegments("no hits")).toEqual([{ text: "no hits", hit: false }]);
  });

  it("turns Markdown into one line of plain text", () => {
    expect(plainText("Why is **`PUT`** [idempotent](https://x.y)?\n\n- one\n- two")).toBe("Why is PUT idempotent? one two");
    expect(plainText("```sql\nSELECT 1;\n```")).toBe("SELECT 1;");
  });

  it("cuts a long lead-in so the first match is on screen, and leaves short ones alone", () => {
    const late = [
      { text: "A client retries a payment request after a timeout and the gateway answers twice; which property of ", hit: false },
      { text: "idempotency", hit: true },
      { text: " keys prevents a second charge?", hit: false },
    ];
    const focused = focusOnFirstHit(late);
    expect(focused[0]).toEqual({ text: "… which property of ", hit: false });
    expect(focused.slice(1)).toEqual(late.slice(1));
    const early = [{ text: "Why is ", hit: false }, { text: "PUT", hit: true }, { text: " safe to retry?", hit: false }];
    expect(focusOnFirstHit(early)).toEqual(early);
    expect(focusOnFirstHit([{ text: "no match at all ".repeat(10), hit: false }])).toHaveLength(1);
  });
});


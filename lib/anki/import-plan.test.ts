import { describe, expect, it } from "vitest";
import { bindMedia, headingsAsBold, tagSlug } from "./import-plan";

describe("import plan helpers", () => {
  it("turns headings in a prompt into bold text, leaving code alone", () => {
    expect(headingsAsBold("### Write-ahead **log**\n\ntext\n\n```\n# a comment\n```")).toBe("**Write-ahead log**\n\ntext\n\n```\n# a comment\n```");
  });

  it("makes Anki tags into our tag slugs", () => {
    expect(["System_Design::Caching", "  Databases ", "日本語", "a--b"].map(tagSlug)).toEqual(["system-design-caching", "databases", "", "a-b"]);
  });

  it("binds media references to the deck's address and nothing else", () => {
    expect(bindMedia("![x](media:a%20b.png) and [link](media:y) \\[y\\](media:z)", "c1")).toBe("![x](/api/decks/c1/media/a%20b.png) and [link](media:y) \\[y\\](media:z)");
  });
});

import { describe, expect, it } from "vitest";
import { ownCardSchema } from "@/lib/validation/decks";
import { ownCardColumns, ownCardFromColumns } from "./card-columns";

describe("own card columns", () => {
  it("store each type in the seed's shapes and read back to the same form values", () => {
    const cards = [
      { type: "flashcard", prompt: "p", answer: "a", tags: ["x", "x", "y"] },
      { type: "single", prompt: "p", answer: "a", choices: [{ text: "A", correct: true }, { text: "B", why: "because" }] },
      { type: "multi", prompt: "p", answer: "a", choices: [{ text: "A", correct: true }, { text: "B", correct: true }, { text: "C" }] },
      { type: "order", prompt: "p", answer: "a", steps: ["one", "two", "three"] },
      { type: "code", prompt: "p", answer: "a", code: { language: "sql", source: "SELECT 1" }, choices: [{ text: "1", correct: true }, { text: "0" }] },
    ].map((c) => ownCardSchema.parse(c));
    for (const card of cards) {
      const columns = ownCardColumns(card);
      expect(ownCardFromColumns(columns)).toEqual({ ...card, tags: [...new Set(card.tags)] });
    }
    const order = ownCardColumns(cards[3]!);
    expect(JSON.parse(order.steps!)).toEqual([{ id: "1", text: "one" }, { id: "2", text: "two" }, { id: "3", text: "three" }]);
    expect(order.choices).toBeNull();
    // Options left over from another type are not stored on a flashcard.
    expect(ownCardColumns({ ...cards[0]!, choices: [{ text: "x", correct: true, why: "" }] }).choices).toBeNull();
  });
});

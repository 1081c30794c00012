import type { OwnCard } from "@/lib/validation/decks";
import { CsvError, type CsvColumn } from "./csv-parse";

/** A card a CSV row becomes, before it is stored. */
export interface CsvCard {
  row: number;
  card: OwnCard;
}

// The export neutralises formula-leading cells with a quote (see lib/export/csv.ts); an import undoes it.
const unneutralise = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/** Tags in a cell: split on spaces, commas or semicolons; Anki's "::" and other punctuation become hyphens. */
export function csvTags(cell: string): string[] {
  const tags = cell
    .split(/[\s,;]+/)
    .map((t) =>
      t
        .toLowerCase()
        .normalize("NFKD")
        .replace(/\p{M}/gu, "")
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 60)
        .replace(/-+$/g, ""),
    )
    .filter(Boolean);
  return [...new Set(tags)].slice(0, 20);
}

const TYPES: Record<string, "one" | "reversed"> = {
  "": "one", flashcard: "one", basic: "one", card: "one",
  reversed: "reversed", "basic-and-reversed": "reversed", "basic and reversed": "reversed", "basic (and reversed card)": "reversed", both: "reversed",
};

/**
 * The cards the rows make under a column mapping: one flashcard per row, two for a "reversed" type
 * (front to back and back to front). Any bad row stops the whole import with its row number.
 */
export function csvRowsToCards(rows: string[][], mapping: CsvColumn[], { hasHeader }: { hasHeader: boolean }): CsvCard[] {
  const at = (column: CsvColumn) => mapping.indexOf(column);
  const front = at("front");
  const back = at("back");
  if (front < 0 || back < 0) throw new CsvError("Choose which column is the front and which is the back.");
  const tagsAt = at("tags");
  const typeAt = at("type");
  const body = hasHeader ? rows.slice(1) : rows;
  if (body.length === 0) throw new CsvError("The file has no cards: only a header, or nothing at all.");
  const cards: CsvCard[] = [];
  body.forEach((fields, index) => {
    const row = index + (hasHeader ? 2 : 1);
    const prompt = unneutralise(fields[front] ?? "").trim();
    const answer = unneutralise(fields[back] ?? "").trim();
    if (!prompt) throw new CsvError(`Row ${row}: the front is empty.`);
    if (!answer) throw new CsvError(`Row ${row}: the back is empty.`);
    const tags = tagsAt >= 0 ? csvTags(fields[tagsAt] ?? "") : [];
    const typeCell = typeAt >= 0 ? (fields[typeAt] ?? "").trim().toLowerCase() : "";
    const kind = TYPES[typeCell];
    if (!kind) throw new CsvError(`Row ${row}: the type "${typeCell.slice(0, 40)}" cannot come from a CSV; use flashcard or reversed (or leave it empty).`);
    const base = { type: "flashcard" as const, difficulty: "medium" as const, tags, explanation: "", choices: [], steps: [], code: null };
    cards.push({ row, card: { ...base, prompt, answer } });
    if (kind === "reversed") cards.push({ row, card: { ...base, prompt: answer, answer: prompt } });
  });
  return cards;
}

// Names Anki fills in itself rather than from a field.
const SPECIAL = new Set(["FrontSide", "Tags", "Type", "Deck", "Subdeck", "Card", "CardFlag"]);

/**
 * The fields a card template shows, in order: `{{Front}}` and filtered forms such as `{{text:Front}}`;
 * conditionals (`{{#F}}`, `{{^F}}`, `{{/F}}`) and Anki's own names are not content. `type:` fields are
 * shown only on the answer side, where Anki reveals them.
 */
export function templateFields(template: string, side: "front" | "back"): string[] {
  const names: string[] = [];
  for (const match of template.matchAll(/\{\{([^{}]+)\}\}/g)) {
    const tag = match[1]!.trim();
    if (/^[#^/!]/.test(tag)) continue;
    const parts = tag.split(":");
    const name = parts.at(-1)!.trim();
    const filters = parts.slice(0, -1).map((f) => f.trim());
    if (SPECIAL.has(name) || filters.includes("cloze")) continue;
    if (filters.includes("type") && side === "front") continue;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

import type { AnkiPackage } from "./read-package";
import { collectionToCards, type ImportedCard } from "./note-cards";
import { historyFromRevlog, revlogByCard, type ImportedReview } from "./revlog-history";
import type { CardFields } from "@/lib/srs/card";

/** One card ready to store: its Markdown with media addresses still to be bound to a deck, and its history. */
export interface PlannedCard extends ImportedCard {
  reviews: ImportedReview[];
  state: CardFields | null;
}

export interface PlannedDeck {
  name: string;
  /** How a later import of the same Anki deck recognises it. */
  sourceKey: string;
  cards: PlannedCard[];
  images: string[];
}

const MAX_DECK_NAME = 120;
const MAX_TAGS = 20;

/** An Anki tag as one of our tag slugs: "System_Design::Caching" becomes "system-design-caching". */
export function tagSlug(tag: string): string {
  return tag
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

export const deckSourceKey = (name: string) => `anki:${name}`;

/** The decks an import creates or updates, each card with its revlog replayed into a history and a state. */
export function planImport(pkg: AnkiPackage): PlannedDeck[] {
  const revlog = revlogByCard(pkg.collection.revlog);
  const decks = new Map<string, PlannedDeck>();
  for (const card of collectionToCards(pkg.collection)) {
    const name = card.deckName.slice(0, MAX_DECK_NAME).trim() || "Imported from Anki";
    let deck = decks.get(name);
    if (!deck) {
      deck = { name, sourceKey: deckSourceKey(name), cards: [], images: [] };
      decks.set(name, deck);
    }
    const { reviews, state } = historyFromRevlog(card.ankiCardIds.flatMap((id) => revlog.get(id) ?? []));
    const tags = [...new Set(card.tags.map(tagSlug).filter(Boolean))].slice(0, MAX_TAGS);
    const images = card.images.filter((name) => pkg.images.has(name));
    deck.cards.push({ ...card, prompt: headingsAsBold(card.prompt), tags, images, reviews, state });
    for (const image of images) if (!deck.images.includes(image)) deck.images.push(image);
  }
  return [...decks.values()];
}

/**
 * A prompt is shown as the page's heading, so a heading inside it would break the outline: it becomes bold
 * text. Fenced code is left alone; answers keep their headings.
 */
export function headingsAsBold(markdown: string): string {
  let fenced = false;
  return markdown
    .split("\n")
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      if (fenced) return line;
      const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
      return heading ? `**${heading[1]!.replace(/\*\*/g, "")}**` : line;
    })
    .join("\n");
}

/** Binds a card's `media:` image references to the address its deck's media is served from. */
export function bindMedia(markdown: string, deckId: string): string {
  return markdown.replace(/(!\[[^\]]*\]\()media:/g, `$1/api/decks/${deckId}/media/`);
}

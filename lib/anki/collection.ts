/** An Anki collection as plain data, whatever file format it came from. Ids stay strings: Anki's are 64-bit. */
export interface AnkiNoteType {
  id: string;
  name: string;
  kind: "standard" | "cloze";
  fields: string[];
  templates: Array<{ ord: number; name: string; front: string; back: string }>;
}

export interface AnkiDeck {
  id: string;
  /** The full hierarchy, joined with "::" as Anki shows it: "System design::Caching". */
  name: string;
}

export interface AnkiNote {
  id: string;
  guid: string;
  noteTypeId: string;
  fields: string[];
  tags: string[];
}

export interface AnkiCard {
  id: string;
  noteId: string;
  deckId: string;
  /** Template number for standard notes, cloze number minus one for cloze notes. */
  ord: number;
}

/** One row of Anki's revlog. */
export interface AnkiRevlogEntry {
  /** Milliseconds since the epoch: when the review happened. */
  id: number;
  cardId: string;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy; 0 for a manual reschedule. */
  ease: number;
  /** Days when positive, seconds when negative (Anki's convention). */
  interval: number;
  lastInterval: number;
  /** Ease factor in permille. */
  factor: number;
  timeMs: number;
  /** 0 learn, 1 review, 2 relearn, 3 filtered, 4 manual. */
  type: number;
}

export interface AnkiCollection {
  noteTypes: AnkiNoteType[];
  decks: AnkiDeck[];
  notes: AnkiNote[];
  cards: AnkiCard[];
  revlog: AnkiRevlogEntry[];
}

export const FIELD_SEPARATOR = "\u001f";

export const splitTags = (tags: string) => tags.split(/\s+/).filter(Boolean);
export const joinTags = (tags: readonly string[]) => (tags.length ? ` ${tags.join(" ")} ` : "");

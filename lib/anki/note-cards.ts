import type { AnkiCollection, AnkiNote, AnkiNoteType } from "./collection";
import { clozeNumbers, renderCloze } from "./cloze";
import { htmlToMarkdown, mediaReference, type MediaUrl } from "./html-to-markdown";
import { checkMediaName } from "./media-name";
import { EXPORT_NOTE_TYPE } from "./schema11";
import { templateFields } from "./template-fields";

/** One of our cards made from an Anki note: a question whose prompt and answer are Markdown. */
export interface ImportedCard {
  /** Stable across exports of the same note (its guid and card number): how a re-import finds it. */
  key: string;
  /** The Anki cards whose review history belongs to this card. */
  ankiCardIds: string[];
  deckName: string;
  prompt: string;
  answer: string;
  tags: string[];
  /** Media names the card's HTML shows, for storing only what is used. */
  images: string[];
}

const FALLBACK_DECK = "Imported from Anki";

/** Basic, Basic-and-reversed and their variants: cards follow their templates. Anything else maps first field / the rest. */
const followsTemplates = (type: AnkiNoteType) =>
  type.kind === "standard" && (/^basic\b/i.test(type.name) || type.fields.length === 2);

export function imageNames(html: string): string[] {
  const names: string[] = [];
  for (const match of html.matchAll(/<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const src = match[1] ?? match[2] ?? match[3] ?? "";
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith("//")) continue;
    try {
      names.push(checkMediaName(decodeURIComponentSafe(src)));
    } catch {
      // an unsafe reference is dropped by the converter too
    }
  }
  return names;
}

const decodeURIComponentSafe = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

const joinFields = (parts: string[], mediaUrl: MediaUrl) =>
  parts
    .map((html) => htmlToMarkdown(html, mediaUrl))
    .filter(Boolean)
    .join("\n\n");

/** Every card an Anki collection yields, by the note type rules of the import. */
export function collectionToCards(collection: AnkiCollection, mediaUrl: MediaUrl = mediaReference): ImportedCard[] {
  const types = new Map(collection.noteTypes.map((t) => [t.id, t]));
  const deckNames = new Map(collection.decks.map((d) => [d.id, d.name.trim() || FALLBACK_DECK]));
  const cardsByNote = new Map<string, AnkiCollection["cards"]>();
  for (const card of collection.cards) {
    const list = cardsByNote.get(card.noteId) ?? [];
    list.push(card);
    cardsByNote.set(card.noteId, list);
  }
  const out: ImportedCard[] = [];
  for (const note of collection.notes) {
    const type = types.get(note.noteTypeId);
    const ankiCards = (cardsByNote.get(note.id) ?? []).sort((a, b) => a.ord - b.ord);
    const deckOf = (ord: number) =>
      deckNames.get((ankiCards.find((c) => c.ord === ord) ?? ankiCards[0])?.deckId ?? "") ?? FALLBACK_DECK;
    const idsOf = (ord: number) => ankiCards.filter((c) => c.ord === ord).map((c) => c.id);
    const images = [...new Set(note.fields.flatMap(imageNames))];
    const make = (n: number, prompt: string, answer: string, ord: number, ids = idsOf(ord)): void => {
      if (!prompt) return;
      out.push({
        key: type?.name === EXPORT_NOTE_TYPE ? note.guid : `${note.guid}:${n}`,
        ankiCardIds: ids,
        deckName: deckOf(ord),
        prompt,
        answer,
        tags: note.tags,
        images,
      });
    };

    if (type?.kind === "cloze") {
      const numbers = clozeNumbers(note.fields);
      for (const n of numbers) {
        make(
          n,
          joinFields(
            note.fields.map((f, i) => (i === 0 ? renderCloze(f, n, "prompt") : "")),
            mediaUrl,
          ),
          clozeAnswer(note, n, mediaUrl),
          n - 1,
        );
      }
      continue;
    }
    const madeBefore = out.length;
    if (type && followsTemplates(type)) {
      const ords = ankiCards.length ? [...new Set(ankiCards.map((c) => c.ord))] : [0];
      for (const ord of ords) {
        const template = type.templates.find((t) => t.ord === ord) ?? type.templates[0];
        const value = (name: string) => note.fields[type.fields.indexOf(name)] ?? "";
        const front = template ? templateFields(template.front, "front") : [];
        const back = template ? templateFields(template.back, "back").filter((name) => !front.includes(name)) : [];
        if (front.length === 0) break; // a template we cannot read falls back to first field / the rest
        make(ord + 1, joinFields(front.map(value), mediaUrl), joinFields(back.map(value), mediaUrl), ord);
      }
      if (out.length > madeBefore) continue;
    }
    const [first = "", ...rest] = note.fields;
    make(1, joinFields([first], mediaUrl), joinFields(rest, mediaUrl), ankiCards[0]?.ord ?? 0);
  }
  return out;
}

// The answer shows the whole first field with this deletion revealed, then the note's extra fields.
function clozeAnswer(note: AnkiNote, n: number, mediaUrl: MediaUrl): string {
  const [text = "", ...extra] = note.fields;
  return joinFields([renderCloze(text, n, "answer"), ...extra], mediaUrl);
}

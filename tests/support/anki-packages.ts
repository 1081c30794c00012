import { zipSync, type Zippable } from "fflate";
import type { Client } from "@libsql/client";
import { FIELD_SEPARATOR, joinTags } from "@/lib/anki/collection";
import { writeProto } from "@/lib/anki/protobuf";
import { COLLECTION_CONF, DECK_CONFIG, createSchema11, deckJson } from "@/lib/anki/schema11";
import { buildSqliteBytes } from "@/lib/anki/temp-sqlite";
import { storeZstd } from "@/lib/anki/zstd";

/** Anki packages built by the tests themselves, in each format Anki writes. */
export type FixtureFormat = "anki2" | "anki21" | "anki21b";
export type FixtureNoteType = "basic" | "reversed" | "cloze" | "vocab";

export interface FixtureNote {
  type: FixtureNoteType;
  fields: string[];
  tags?: string[];
  deck?: string;
  guid?: string;
}

export interface FixtureReview {
  note: number;
  ord?: number;
  ease: number;
  at: Date;
  type?: number;
  timeMs?: number;
}

export interface FixtureSpec {
  notes: FixtureNote[];
  reviews?: FixtureReview[];
  media?: Record<string, Uint8Array>;
}

const TYPES: Record<
  FixtureNoteType,
  { id: number; name: string; cloze: boolean; fields: string[]; templates: Array<[string, string]> }
> = {
  basic: {
    id: 1001,
    name: "Basic",
    cloze: false,
    fields: ["Front", "Back"],
    templates: [["{{Front}}", "{{FrontSide}}<hr id=answer>{{Back}}"]],
  },
  reversed: {
    id: 1002,
    name: "Basic (and reversed card)",
    cloze: false,
    fields: ["Front", "Back"],
    templates: [
      ["{{Front}}", "{{FrontSide}}<hr id=answer>{{Back}}"],
      ["{{Back}}", "{{FrontSide}}<hr id=answer>{{Front}}"],
    ],
  },
  cloze: {
    id: 1003,
    name: "Cloze",
    cloze: true,
    fields: ["Text", "Back Extra"],
    templates: [["{{cloze:Text}}", "{{cloze:Text}}<br>{{Back Extra}}"]],
  },
  vocab: {
    id: 1004,
    name: "Vocabulary",
    cloze: false,
    fields: ["Word", "Meaning", "Example"],
    templates: [["{{Word}}", "{{Meaning}}<br>{{Example}}"]],
  },
};

const cardOrds = (note: FixtureNote): number[] => {
  if (note.type === "reversed") return [0, 1];
  if (note.type !== "cloze") return [0];
  const numbers = new Set([...note.fields.join(" ").matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1])));
  return [...numbers].sort((a, b) => a - b).map((n) => n - 1);
};

const deckId = (name: string, names: string[]) => 2000 + names.indexOf(name);
export const fixtureNoteId = (index: number) => 1_600_000_000_000 + index;
export const fixtureCardId = (index: number, ord: number) => 1_700_000_000_000 + index * 100 + ord;

async function fillCommon(db: Client, spec: FixtureSpec, deckNames: string[]): Promise<void> {
  const statements: Array<{ sql: string; args: Array<string | number> }> = [];
  spec.notes.forEach((note, i) => {
    statements.push({
      sql: "INSERT INTO notes VALUES (?, ?, ?, 0, -1, ?, ?, ?, 0, 0, '')",
      args: [
        fixtureNoteId(i),
        note.guid ?? `guid-${i}`,
        TYPES[note.type].id,
        joinTags(note.tags ?? []),
        note.fields.join(FIELD_SEPARATOR),
        note.fields[0] ?? "",
      ],
    });
    for (const ord of cardOrds(note)) {
      statements.push({
        sql: "INSERT INTO cards VALUES (?, ?, ?, ?, 0, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')",
        args: [fixtureCardId(i, ord), fixtureNoteId(i), deckId(note.deck ?? "Default", deckNames), ord, i + 1],
      });
    }
  });
  for (const review of spec.reviews ?? []) {
    statements.push({
      sql: "INSERT INTO revlog VALUES (?, ?, -1, ?, 1, 0, 2500, ?, ?)",
      args: [
        review.at.getTime(),
        fixtureCardId(review.note, review.ord ?? 0),
        review.ease,
        review.timeMs ?? 8000,
        review.type ?? 1,
      ],
    });
  }
  if (statements.length) await db.batch(statements, "write");
}

function legacyModels() {
  return Object.fromEntries(
    Object.values(TYPES).map((t) => [
      String(t.id),
      {
        id: t.id,
        name: t.name,
        type: t.cloze ? 1 : 0,
        flds: t.fields.map((name, ord) => ({ name, ord })),
        tmpls: t.templates.map(([qfmt, afmt], ord) => ({ name: `Card ${ord + 1}`, ord, qfmt, afmt })),
      },
    ]),
  );
}

async function legacyCollection(spec: FixtureSpec): Promise<Uint8Array> {
  const deckNames = ["Default", ...new Set(spec.notes.map((n) => n.deck ?? "Default"))].filter(
    (n, i, all) => all.indexOf(n) === i,
  );
  return buildSqliteBytes(async (db) => {
    await createSchema11(db);
    const decks = Object.fromEntries(
      deckNames.map((name) => [String(deckId(name, deckNames)), deckJson(deckId(name, deckNames), name, 0)]),
    );
    await db.execute({
      sql: "INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, ?, ?, ?, ?, '{}')",
      args: [
        JSON.stringify(COLLECTION_CONF),
        JSON.stringify(legacyModels()),
        JSON.stringify(decks),
        JSON.stringify(DECK_CONFIG),
      ],
    });
    await fillCommon(db, spec, deckNames);
  });
}

// Schema 18: note types, fields, templates and decks in tables of their own, configs as protobuf.
async function modernCollection(spec: FixtureSpec): Promise<Uint8Array> {
  const deckNames = ["Default", ...new Set(spec.notes.map((n) => n.deck ?? "Default"))].filter(
    (n, i, all) => all.indexOf(n) === i,
  );
  return buildSqliteBytes(async (db) => {
    await createSchema11(db);
    await db.batch(
      [
        "CREATE TABLE notetypes (id integer not null primary key, name text not null, mtime_secs integer not null, usn integer not null, config blob not null)",
        "CREATE TABLE fields (ntid integer not null, ord integer not null, name text not null, config blob not null, primary key (ntid, ord))",
        "CREATE TABLE templates (ntid integer not null, ord integer not null, name text not null, mtime_secs integer not null, usn integer not null, config blob not null, primary key (ntid, ord))",
        "CREATE TABLE decks (id integer primary key not null, name text not null, mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null)",
        "INSERT INTO col VALUES (1, 0, 0, 0, 18, 0, 0, 0, '', '', '', '', '')",
      ],
      "write",
    );
    const statements: Array<{ sql: string; args: Array<string | number | Uint8Array> }> = [];
    for (const t of Object.values(TYPES)) {
      statements.push({
        sql: "INSERT INTO notetypes VALUES (?, ?, 0, -1, ?)",
        args: [
          t.id,
          t.name,
          writeProto([
            [1, t.cloze ? 1 : 0],
            [3, ".card {}"],
          ]),
        ],
      });
      t.fields.forEach((name, ord) =>
        statements.push({ sql: "INSERT INTO fields VALUES (?, ?, ?, ?)", args: [t.id, ord, name, new Uint8Array()] }),
      );
      t.templates.forEach(([q, a], ord) =>
        statements.push({
          sql: "INSERT INTO templates VALUES (?, ?, ?, 0, -1, ?)",
          args: [
            t.id,
            ord,
            `Card ${ord + 1}`,
            writeProto([
              [1, q],
              [2, a],
            ]),
          ],
        }),
      );
    }
    for (const name of deckNames) {
      statements.push({
        sql: "INSERT INTO decks VALUES (?, ?, 0, -1, ?, ?)",
        args: [deckId(name, deckNames), name.split("::").join(FIELD_SEPARATOR), new Uint8Array(), new Uint8Array()],
      });
    }
    await db.batch(statements, "write");
    await fillCommon(db, spec, deckNames);
  });
}

/** A package as the given Anki version would export it: legacy JSON media map, or zstd everywhere with a protobuf map. */
export async function buildAnkiPackage(spec: FixtureSpec, format: FixtureFormat): Promise<Uint8Array> {
  const media = Object.entries(spec.media ?? {});
  const files: Zippable = {};
  if (format === "anki21b") {
    files["collection.anki21b"] = storeZstd(await modernCollection(spec));
    files["collection.anki2"] = await legacyCollection({
      notes: [
        {
          type: "basic",
          fields: ["Please update to the latest Anki version, then import the .colpkg/.apkg file again.", ""],
        },
      ],
    });
    files.meta = writeProto([[1, 3]]);
    files.media = storeZstd(
      writeProto(
        media.map(([name, bytes]) => [
          1,
          writeProto([
            [1, name],
            [2, bytes.length],
            [3, new Uint8Array(20)],
          ]),
        ]),
      ),
    );
    media.forEach(([, bytes], i) => (files[String(i)] = storeZstd(bytes)));
  } else {
    files[format === "anki21" ? "collection.anki21" : "collection.anki2"] = await legacyCollection(spec);
    files.media = new TextEncoder().encode(
      JSON.stringify(Object.fromEntries(media.map(([name], i) => [String(i), name]))),
    );
    media.forEach(([, bytes], i) => (files[String(i)] = bytes));
  }
  return zipSync(files);
}

/** A tiny valid PNG (1x1), enough for content sniffing and display. */
export const PNG_1X1 = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  ),
);

import type { Client, Row } from "@libsql/client";
import { FIELD_SEPARATOR, splitTags, type AnkiCollection, type AnkiDeck, type AnkiNoteType } from "./collection";
import { AnkiPackageError, corrupt } from "./errors";
import { ANKI_LIMITS, type AnkiLimits } from "./limits";
import { protoString, protoVarint, readProtoFields } from "./protobuf";

const str = (value: unknown) =>
  typeof value === "string" ? value : typeof value === "number" || typeof value === "bigint" ? String(value) : "";
const num = (value: unknown) => (typeof value === "number" ? value : Number(value ?? 0));
const blob = (value: unknown) =>
  value instanceof ArrayBuffer ? new Uint8Array(value) : value instanceof Uint8Array ? value : new Uint8Array();

async function rows(db: Client, sql: string, table: string): Promise<Row[]> {
  try {
    return (await db.execute(sql)).rows;
  } catch {
    throw corrupt(`its ${table} could not be read`);
  }
}

/** Everything an import needs from an open collection, legacy (schema 11) or newer (schema 18, tables per note type). */
export async function readCollection(db: Client, limits: AnkiLimits = ANKI_LIMITS): Promise<AnkiCollection> {
  const tables = new Set(
    (await rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'", "table list")).map((r) => str(r.name)),
  );
  for (const required of ["col", "notes", "cards"])
    if (!tables.has(required)) throw corrupt(`it has no ${required} table`);

  const [count] = await rows(db, "SELECT COUNT(*) AS n FROM notes", "notes");
  const noteCount = num(count?.n);
  if (noteCount > limits.notes) {
    throw new AnkiPackageError(
      "too_many_notes",
      `This deck has ${noteCount.toLocaleString("en")} notes; an import holds at most ${limits.notes.toLocaleString("en")}.`,
    );
  }

  const modern = tables.has("notetypes");
  const noteTypes = modern ? await readNoteTypeTables(db) : await readLegacyNoteTypes(db);
  const decks = modern && tables.has("decks") ? await readDeckTable(db) : await readLegacyDecks(db);

  const notes = (await rows(db, "SELECT id, guid, mid, tags, flds FROM notes ORDER BY id", "notes")).map((r) => ({
    id: str(r.id),
    guid: str(r.guid),
    noteTypeId: str(r.mid),
    fields: str(r.flds).split(FIELD_SEPARATOR),
    tags: splitTags(str(r.tags)),
  }));
  const cards = (await rows(db, "SELECT id, nid, did, ord FROM cards ORDER BY nid, ord", "cards")).map((r) => ({
    id: str(r.id),
    noteId: str(r.nid),
    deckId: str(r.did),
    ord: num(r.ord),
  }));
  const revlog = !tables.has("revlog")
    ? []
    : (
        await rows(
          db,
          "SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id",
          "review history",
        )
      ).map((r) => ({
        id: num(r.id),
        cardId: str(r.cid),
        ease: num(r.ease),
        interval: num(r.ivl),
        lastInterval: num(r.lastIvl),
        factor: num(r.factor),
        timeMs: num(r.time),
        type: num(r.type),
      }));
  return { noteTypes, decks, notes, cards, revlog };
}

interface LegacyModel {
  name?: string;
  type?: number;
  flds?: Array<{ name?: string; ord?: number }>;
  tmpls?: Array<{ name?: string; ord?: number; qfmt?: string; afmt?: string }>;
}

function parseJson<T>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw corrupt(`its ${what} are not valid JSON`);
  }
}

async function readLegacyNoteTypes(db: Client): Promise<AnkiNoteType[]> {
  const [col] = await rows(db, "SELECT models FROM col LIMIT 1", "note types");
  const models = parseJson<Record<string, LegacyModel>>(str(col?.models) || "{}", "note types");
  return Object.entries(models).map(([id, model]) => ({
    id,
    name: model.name ?? "",
    kind: model.type === 1 ? "cloze" : "standard",
    fields: [...(model.flds ?? [])].sort((a, b) => (a.ord ?? 0) - (b.ord ?? 0)).map((f) => f.name ?? ""),
    templates: (model.tmpls ?? []).map((t, i) => ({
      ord: t.ord ?? i,
      name: t.name ?? "",
      front: t.qfmt ?? "",
      back: t.afmt ?? "",
    })),
  }));
}

async function readLegacyDecks(db: Client): Promise<AnkiDeck[]> {
  const [col] = await rows(db, "SELECT decks FROM col LIMIT 1", "decks");
  const decks = parseJson<Record<string, { name?: string }>>(str(col?.decks) || "{}", "decks");
  return Object.entries(decks).map(([id, deck]) => ({ id, name: deck.name ?? "" }));
}

// Schema 18: NotetypeConfig.kind is field 1 (1 = cloze); CardTemplate.Config has q_format 1, a_format 2.
async function readNoteTypeTables(db: Client): Promise<AnkiNoteType[]> {
  const [types, fields, templates] = await Promise.all([
    rows(db, "SELECT id, name, config FROM notetypes", "note types"),
    rows(db, "SELECT ntid, ord, name FROM fields ORDER BY ntid, ord", "note type fields"),
    rows(db, "SELECT ntid, ord, name, config FROM templates ORDER BY ntid, ord", "card templates"),
  ]);
  return types.map((t) => {
    const id = str(t.id);
    const config = readProtoFields(blob(t.config));
    return {
      id,
      name: str(t.name),
      kind: protoVarint(config, 1) === 1 ? "cloze" : "standard",
      fields: fields.filter((f) => str(f.ntid) === id).map((f) => str(f.name)),
      templates: templates
        .filter((tp) => str(tp.ntid) === id)
        .map((tp) => {
          const tconfig = readProtoFields(blob(tp.config));
          return {
            ord: num(tp.ord),
            name: str(tp.name),
            front: protoString(tconfig, 1) ?? "",
            back: protoString(tconfig, 2) ?? "",
          };
        }),
    };
  });
}

// Schema 18 stores deck names with \x1f between levels.
async function readDeckTable(db: Client): Promise<AnkiDeck[]> {
  return (await rows(db, "SELECT id, name FROM decks", "decks")).map((r) => ({
    id: str(r.id),
    name: str(r.name).split(FIELD_SEPARATOR).join("::"),
  }));
}

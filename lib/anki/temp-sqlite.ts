import { randomUUID } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient, type Client } from "@libsql/client";
import { corrupt } from "./errors";

const SQLITE_MAGIC = "SQLite format 3\u0000";

export const isSqlite = (bytes: Uint8Array) => new TextDecoder().decode(bytes.subarray(0, 16)) === SQLITE_MAGIC;

const removeAll = (file: string) =>
  Promise.all(["", "-journal", "-wal", "-shm"].map((suffix) => rm(file + suffix, { force: true })));

/** Opens an Anki collection from a temporary file that is always deleted afterwards, whatever `read` does. */
export async function withSqliteBytes<T>(bytes: Uint8Array, read: (db: Client) => Promise<T>): Promise<T> {
  if (!isSqlite(bytes)) throw corrupt("the collection is not a SQLite database");
  const file = path.join(tmpdir(), `anki-${randomUUID()}.sqlite`);
  await writeFile(file, bytes);
  const db = createClient({ url: `file:${file}`, intMode: "number" });
  try {
    return await read(db);
  } finally {
    db.close();
    await removeAll(file);
  }
}

/** Creates a fresh SQLite file, lets `build` fill it, and returns its bytes; the file is deleted afterwards. */
export async function buildSqliteBytes(build: (db: Client) => Promise<void>): Promise<Uint8Array> {
  const file = path.join(tmpdir(), `anki-out-${randomUUID()}.sqlite`);
  const db = createClient({ url: `file:${file}`, intMode: "number" });
  try {
    await build(db);
    db.close();
    return new Uint8Array(await readFile(file));
  } finally {
    db.close();
    await removeAll(file);
  }
}

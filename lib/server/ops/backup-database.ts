import "server-only";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db-client";

/**
 * Writes a consistent snapshot of the live SQLite database to `target` with VACUUM INTO: it reads
 * one transaction's view, so writes that land meanwhile are either wholly in it or wholly out,
 * and the running app is not stopped. The snapshot is a plain database file, compacted.
 */
export async function backupDatabase(db: Db, target: string): Promise<string> {
  const file = path.resolve(target);
  if (existsSync(file)) throw new Error(`${file} already exists; choose a new name for the backup`);
  mkdirSync(path.dirname(file), { recursive: true });
  await db.$executeRawUnsafe("VACUUM INTO ?", file);
  return file;
}

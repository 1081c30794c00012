import { mkdirSync } from "node:fs";
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/app.db";

export type DatabaseProvider = "sqlite" | "postgresql";

/** PostgreSQL for postgres:// and postgresql:// URLs; the embedded SQLite file for everything else. */
export const providerOf = (url: string): DatabaseProvider => (/^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite");

/** The database URL in use; for SQLite, creates the file's folder so a first start needs no set-up. */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  process.env.DATABASE_URL = url;
  if (url.startsWith("file:")) mkdirSync(path.dirname(url.slice("file:".length)), { recursive: true });
  return url;
}

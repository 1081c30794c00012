// Builds one database from the real migrations and the real content; each test file gets a copy.
// SQLite by default; with TEST_POSTGRES_URL (an admin URL), a PostgreSQL template database instead.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { POSTGRES_TEMPLATE, TEMPLATE_DB, TEST_DB_DIR, postgresUrl } from "./paths";

const bin = (name: string) => path.join("node_modules", ".bin", name);

function migrateAndSeed(url: string) {
  const env = { ...process.env, DATABASE_URL: url };
  execFileSync(process.execPath, ["scripts/migrate.mjs"], { env, stdio: "pipe" });
  execFileSync(bin("tsx"), ["--import", "./scripts/support/allow-server-only.mjs", "prisma/seed.ts"], { env, stdio: "pipe" });
}

async function setupPostgres(admin: string) {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  const old = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE 'test_%'`);
  for (const { datname } of old.rows as { datname: string }[]) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${POSTGRES_TEMPLATE}"`);
  await client.end();
  migrateAndSeed(postgresUrl(admin, POSTGRES_TEMPLATE));
}

export default async function setup() {
  rmSync(TEST_DB_DIR, { recursive: true, force: true });
  mkdirSync(TEST_DB_DIR, { recursive: true });
  const admin = process.env.TEST_POSTGRES_URL;
  if (admin) {
    await setupPostgres(admin);
    return;
  }
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(TEMPLATE_DB + suffix, { force: true });
  migrateAndSeed(`file:${TEMPLATE_DB}`);
  return () => rmSync(TEST_DB_DIR, { recursive: true, force: true });
}

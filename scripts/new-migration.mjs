// npm run db:migration:new -- <name>: writes the next migration for SQLite and for PostgreSQL from the
// change to prisma/schema.prisma. `prisma migrate dev` cannot run on the JS schema engine (P1014), and
// `migrate diff` cannot read a live database through an adapter, so each migration keeps the schema it
// was made from (schema.snapshot.prisma) and the next one is the diff from that snapshot.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration:new -- <name_in_snake_case>");
  process.exit(2);
}
execFileSync(process.execPath, ["scripts/postgres-schema.mjs"], { stdio: "inherit" });
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);

function writeMigration(schema, migrationsDir, env) {
  const latest = readdirSync(migrationsDir).filter((d) => /^\d{14}_/.test(d)).sort().at(-1);
  const snapshot = latest && path.join(migrationsDir, latest, "schema.snapshot.prisma");
  if (snapshot && !existsSync(snapshot)) throw new Error(`${snapshot} is missing`);
  const from = snapshot ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
  const sql = execFileSync("npx", ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"], { encoding: "utf8", env: { ...process.env, ...env } });
  if (!/\b(CREATE|ALTER|DROP|INSERT|PRAGMA)\b/.test(sql)) return false;
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  copyFileSync(schema, path.join(dir, "schema.snapshot.prisma"));
  console.log(`wrote ${dir}/migration.sql`);
  return true;
}

const sqlite = writeMigration("prisma/schema.prisma", path.join("prisma", "migrations"), {});
const postgres = writeMigration("prisma/postgres/schema.prisma", path.join("prisma", "postgres", "migrations"), {});
if (!sqlite && !postgres) console.log("schema.prisma matches the last migration: nothing to create");

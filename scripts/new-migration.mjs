// Creates prisma/migrations/<timestamp>_<name>/migration.sql from the difference between the
// schema the last migration produced (its schema.snapshot.prisma) and prisma/schema.prisma.
// `prisma migrate dev` cannot run on the JS schema engine (P1014), and `migrate diff` cannot read
// a live database through an adapter, so each migration keeps the schema it was made from.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration:new -- <name_in_snake_case>");
  process.exit(2);
}
const migrationsDir = path.join("prisma", "migrations");
const latest = readdirSync(migrationsDir).filter((d) => /^\d{14}_/.test(d)).sort().at(-1);
const snapshot = latest && path.join(migrationsDir, latest, "schema.snapshot.prisma");
if (snapshot && !existsSync(snapshot)) throw new Error(`${snapshot} is missing`);
const from = snapshot ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8" },
);
if (!/\b(CREATE|ALTER|DROP|INSERT|PRAGMA)\b/.test(sql)) {
  console.log("schema.prisma matches the last migration: nothing to create");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
copyFileSync(path.join("prisma", "schema.prisma"), path.join(dir, "schema.snapshot.prisma"));
console.log(`wrote ${dir}/migration.sql`);

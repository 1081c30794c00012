// Writes prisma/postgres/schema.prisma from prisma/schema.prisma: the models are written once, for
// SQLite; PostgreSQL gets the same models with its own datasource and generated client.
// `node scripts/postgres-schema.mjs --check` fails when the committed copy has drifted.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

export function postgresSchema(sqliteSchema) {
  const swapped = sqliteSchema
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output     = "../lib/generated/prisma"', 'output     = "../../lib/generated/prisma-pg"');
  if (swapped === sqliteSchema || !swapped.includes("prisma-pg")) throw new Error("schema.prisma no longer has the expected datasource and output lines");
  return `// GENERATED from prisma/schema.prisma by scripts/postgres-schema.mjs – edit that file, not this one.\n${swapped}`;
}

const target = "prisma/postgres/schema.prisma";
const wanted = postgresSchema(readFileSync("prisma/schema.prisma", "utf8"));
if (process.argv.includes("--check")) {
  const current = readFileSync(target, "utf8");
  if (current !== wanted) {
    console.error(`${target} has drifted from prisma/schema.prisma: run node scripts/postgres-schema.mjs`);
    process.exit(1);
  }
} else {
  mkdirSync("prisma/postgres", { recursive: true });
  writeFileSync(target, wanted);
  console.log(`wrote ${target}`);
}

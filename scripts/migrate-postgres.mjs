// Applies prisma/postgres/migrations to a PostgreSQL database, offline. Prisma's JS schema engine
// cannot migrate PostgreSQL through the pg adapter (it cannot read Postgres' `name` type, OID 19:
// prisma/orm#27403), so the SQL is generated with `prisma migrate diff` (scripts/new-migration.mjs)
// and applied here: each migration in its own transaction, recorded in "_app_migrations" with a
// checksum, under an advisory lock so instances deploying at once do not race.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const DIR = path.join("prisma", "postgres", "migrations");
const LOCK_KEY = 727_301_742; // any constant shared by every instance of this app

export async function migratePostgres(url, log = console.log) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_app_migrations" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const applied = new Map((await client.query(`SELECT "name", "checksum" FROM "_app_migrations"`)).rows.map((r) => [r.name, r.checksum]));
    const names = readdirSync(DIR).filter((d) => /^\d{14}_/.test(d)).sort();
    let count = 0;
    for (const name of names) {
      const sql = readFileSync(path.join(DIR, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      if (applied.has(name)) {
        if (applied.get(name) !== checksum) throw new Error(`migration ${name} was edited after it was applied; add a new migration instead`);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(`INSERT INTO "_app_migrations" ("name", "checksum") VALUES ($1, $2)`, [name, checksum]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${name} failed and was rolled back: ${error.message}`);
      }
      log(`applied ${name}`);
      count += 1;
    }
    log(count === 0 ? "postgres: no pending migrations" : `postgres: ${count} migration(s) applied`);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await migratePostgres(process.env.DATABASE_URL);
}

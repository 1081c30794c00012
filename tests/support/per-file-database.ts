// Runs before each test file: a private copy of the migrated, seeded template database.
import { copyFileSync, existsSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { POSTGRES_TEMPLATE, TEMPLATE_DB, TEST_DB_DIR, postgresUrl } from "./paths";

const admin = process.env.TEST_POSTGRES_URL;
if (admin) {
  const name = `test_${randomUUID().replace(/-/g, "")}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}" TEMPLATE "${POSTGRES_TEMPLATE}"`);
  await client.end();
  process.env.DATABASE_URL = postgresUrl(admin, name);
} else if (existsSync(TEMPLATE_DB)) {
  const file = path.join(TEST_DB_DIR, `${randomUUID()}.db`);
  copyFileSync(TEMPLATE_DB, file);
  process.env.DATABASE_URL = `file:${file}`;
}

// Runs before each test file: a private copy of the migrated, seeded template database.
import { copyFileSync, existsSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { TEMPLATE_DB, TEST_DB_DIR } from "./paths";

if (existsSync(TEMPLATE_DB)) {
  const file = path.join(TEST_DB_DIR, `${randomUUID()}.db`);
  copyFileSync(TEMPLATE_DB, file);
  process.env.DATABASE_URL = `file:${file}`;
}

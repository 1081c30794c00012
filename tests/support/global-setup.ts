// Builds one database from the real migrations and the real content; each test file gets a copy.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { TEMPLATE_DB, TEST_DB_DIR } from "./paths";

export default function setup() {
  rmSync(TEST_DB_DIR, { recursive: true, force: true });
  mkdirSync(TEST_DB_DIR, { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(TEMPLATE_DB + suffix, { force: true });
  const env = { ...process.env, DATABASE_URL: `file:${TEMPLATE_DB}` };
  const bin = (name: string) => path.join("node_modules", ".bin", name);
  execFileSync(bin("prisma"), ["migrate", "deploy"], { env, stdio: "pipe" });
  execFileSync(bin("tsx"), ["--import", "./scripts/support/allow-server-only.mjs", "prisma/seed.ts"], { env, stdio: "pipe" });
  return () => rmSync(TEST_DB_DIR, { recursive: true, force: true });
}

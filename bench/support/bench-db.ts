import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * A freshly migrated and seeded database for one benchmark, removed afterwards: a SQLite file, or a
 * database on the PostgreSQL server at TEST_POSTGRES_URL (or a throwaway one started for the run).
 */
export async function freshBenchDatabase(name: string, provider: "sqlite" | "postgresql" = "sqlite") {
  process.env.NEXTAUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-01";
  process.env.LOG_LEVEL ??= "warn";
  let remove: () => Promise<void>;
  if (provider === "postgresql") {
    const admin = process.env.TEST_POSTGRES_URL ?? execFileSync("bash", ["scripts/postgres-throwaway.sh", "start", "5434"], { encoding: "utf8" }).trim();
    const database = name.replace(/\W/g, "_");
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${database}"`);
    await client.end();
    const url = new URL(admin);
    url.pathname = `/${database}`;
    process.env.DATABASE_URL = url.toString();
    remove = async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await c.end();
    };
  } else {
    const file = path.resolve("data", `${name}.db`);
    remove = () => {
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
      return Promise.resolve();
    };
    await remove();
    process.env.DATABASE_URL = `file:${file}`;
  }
  const bin = (tool: string) => path.join("node_modules", ".bin", tool);
  execFileSync(process.execPath, ["scripts/migrate.mjs"], { stdio: "ignore" });
  execFileSync(bin("tsx"), ["--import", "./scripts/support/allow-server-only.mjs", "prisma/seed.ts"], { stdio: "ignore" });
  const { db } = await import("../../lib/db");
  const { enableWal } = await import("../../lib/db-client");
  await enableWal(db);
  return {
    db,
    provider,
    cleanup: async () => {
      await db.$disconnect();
      await remove();
    },
  };
}

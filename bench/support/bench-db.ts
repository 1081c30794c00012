import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

/** A freshly migrated and seeded SQLite file for one benchmark, removed afterwards. */
export async function freshBenchDatabase(name: string) {
  const file = path.resolve("data", `${name}.db`);
  const remove = () => {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  };
  remove();
  process.env.DATABASE_URL = `file:${file}`;
  process.env.NEXTAUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-01";
  process.env.LOG_LEVEL ??= "warn";
  const bin = (tool: string) => path.join("node_modules", ".bin", tool);
  execFileSync(bin("prisma"), ["migrate", "deploy"], { stdio: "ignore" });
  execFileSync(bin("tsx"), ["--import", "./scripts/support/allow-server-only.mjs", "prisma/seed.ts"], { stdio: "ignore" });
  const { db } = await import("../../lib/db");
  const { enableWal } = await import("../../lib/db-client");
  await enableWal(db);
  return {
    db,
    cleanup: async () => {
      await db.$disconnect();
      remove();
    },
  };
}

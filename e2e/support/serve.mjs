// Starts the app for the end-to-end suite on a fresh local database (migrated and seeded by npm start).
import { rmSync } from "node:fs";
import { spawn } from "node:child_process";
import pg from "pg";

const url = process.env.DATABASE_URL ?? "";
const isLocalFile = /^file:\.\/data\/e2e[\w-]*\.db$/.test(url);
const pgUrl = /^postgres(ql)?:\/\//.test(url) ? new URL(url) : null;
const isLocalPostgres = pgUrl && ["127.0.0.1", "localhost"].includes(pgUrl.hostname) && /^\/e2e\w*$/.test(pgUrl.pathname);
if (!isLocalFile && !isLocalPostgres) {
  console.error(`refusing to run end-to-end tests against ${url || "an unset DATABASE_URL"}: use a local e2e database`);
  process.exit(2);
}
if (isLocalFile) {
  const file = url.slice("file:".length);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
} else {
  const name = pgUrl.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
}
const child = spawn(process.execPath, ["scripts/start.mjs"], {
  stdio: "inherit",
  env: { ...process.env, NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789", LOG_LEVEL: "warn" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));

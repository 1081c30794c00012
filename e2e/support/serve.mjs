// Starts the app for the end-to-end suite on a fresh database file (migrated and seeded by npm start).
import { rmSync } from "node:fs";
import { spawn } from "node:child_process";

const url = process.env.DATABASE_URL ?? "";
if (!/^file:\.\/data\/e2e[\w-]*\.db$/.test(url)) {
  console.error(`refusing to run end-to-end tests against ${url || "an unset DATABASE_URL"}: use a local e2e file`);
  process.exit(2);
}
const file = url.slice("file:".length);
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
const child = spawn(process.execPath, ["scripts/start.mjs"], {
  stdio: "inherit",
  env: { ...process.env, NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));

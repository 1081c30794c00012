// npm start – migrates and seeds the database, builds when the sources changed, then serves on PORT (3000) with scripts/server.mjs.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const bin = (name) => path.join("node_modules", ".bin", name);

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

/** A secret for signing sessions: from the environment, or made once and kept beside the database. */
function authSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join("data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync("data", { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

const SOURCES = ["app", "components", "lib", "next.config.js", "postcss.config.mjs", "package.json"];
const needsBuild = () => {
  const built = path.join(".next", "BUILD_ID");
  return !existsSync(built) || Math.max(...SOURCES.map(newestMtime)) > statSync(built).mtimeMs;
};

const env = { ...process.env, NEXTAUTH_SECRET: authSecret(), NEXT_TELEMETRY_DISABLED: "1" };
run(process.execPath, ["scripts/migrate.mjs"], env);
run(bin("tsx"), ["--import", "./scripts/support/allow-server-only.mjs", "prisma/seed.ts"], env);
if (needsBuild()) run(bin("next"), ["build"], env);
// Not `next start`: scripts/server.mjs also hands the app each request's socket address, for per-address limits.
run(process.execPath, ["scripts/server.mjs"], { ...env, NODE_ENV: "production" });

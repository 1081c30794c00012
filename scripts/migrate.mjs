// npm run db:migrate – applies committed migrations: PostgreSQL through our runner, SQLite through Prisma.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { migratePostgres } from "./migrate-postgres.mjs";

const url = process.env.DATABASE_URL ?? "file:./data/app.db";
if (/^postgres(ql)?:\/\//.test(url)) {
  await migratePostgres(url);
} else {
  execFileSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
}

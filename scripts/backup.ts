// npm run db:backup [-- target.db] – a consistent snapshot of the SQLite database, safe while the app runs.
import path from "node:path";
import { createPrismaClient } from "../lib/db-client";
import { backupDatabase } from "../lib/server/ops/backup-database";

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const target = process.argv[2] ?? path.join("data", "backups", `app-${stamp}.db`);
const db = createPrismaClient();
try {
  const file = await backupDatabase(db, target);
  console.log(`backup written to ${file}`);
} finally {
  await db.$disconnect();
}

// npm run db:seed – loads content/ into the database; safe to run again at any time.
import path from "node:path";
import { loadContent } from "../lib/content/load";
import { createPrismaClient, enableWal } from "../lib/db-client";
import { seedQuestions } from "../lib/server/content/seed-questions";

const db = createPrismaClient();
try {
  await enableWal(db);
  const summary = await seedQuestions(db, loadContent(path.resolve(process.env.CONTENT_DIR ?? "content")));
  console.log(
    `seeded ${summary.topics} topics: ${summary.created} questions created, ${summary.updated} updated, ` +
      `${summary.unchanged} unchanged, ${summary.retired} retired`,
  );
} finally {
  await db.$disconnect();
}

// Another process that takes SQLite's write lock, holds it, then commits: what a seed or a second server does.
// Usage: node hold-write-lock.mjs <file.db> <hold-ms>; prints "locked" once it holds the lock.
import { createClient } from "@libsql/client";

const [file, holdMs] = process.argv.slice(2);
const client = createClient({ url: `file:${file}` });
await client.execute("BEGIN IMMEDIATE");
await client.execute({ sql: `INSERT INTO "Topic" ("id", "name", "short", "glyph", "description", "position") VALUES (?, 'x', 'x', 'x', 'x', 99)`, args: [`lock-${process.pid}`] });
console.log("locked");
await new Promise((resolve) => setTimeout(resolve, Number(holdMs)));
await client.execute("COMMIT");
client.close();

// Copies the SQLite write-ahead log back into the database file every few hundred milliseconds, on a
// thread of its own: done inside a commit, as SQLite does by default, each copy held the server's event
// loop (and so every request) for about 12 ms once per thousand pages written.
import { parentPort, workerData } from "node:worker_threads";
import Database from "libsql";

const { file, intervalMs } = workerData;
const db = new Database(file);
// PASSIVE never waits for a lock and never blocks a reader or writer; it copies what it can and leaves the rest for next time.
const checkpoint = db.prepare("PRAGMA wal_checkpoint(PASSIVE)");
const timer = setInterval(() => {
  try {
    checkpoint.all();
  } catch {
    // Busy or briefly unreadable (a restore, a removed test database): the next tick tries again.
  }
}, intervalMs);

parentPort?.on("message", (message) => {
  if (message !== "stop") return;
  clearInterval(timer);
  db.close();
  parentPort?.close();
});

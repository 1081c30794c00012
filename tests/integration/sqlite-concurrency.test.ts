import { isPostgres } from "@/lib/db-client";
import { spawn } from "node:child_process";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { gradeCard } from "@/lib/server/practice/grade-card";
import { getNextCard } from "@/lib/server/practice/get-next-card";
import { makeUser } from "../support/users";

/** The log's last frame and the last one copied into the database, from the WAL index (the -shm file's header). */
function walProgress(file: string): { lastFrame: number; copied: number } {
  const index = readFileSync(`${file}-shm`);
  // WalIndexHdr.mxFrame sits at byte 16, WalCkptInfo.nBackfill at byte 96, both in the machine's byte order.
  return { lastFrame: index.readUInt32LE(16), copied: index.readUInt32LE(96) };
}

// SQLite only: PostgreSQL has its own locking and pg_dump.
describe.skipIf(isPostgres())("SQLite with writers in other processes", () => {
  it("runs in WAL mode", async () => {
    const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(mode!.journal_mode).toBe("wal");
  });

  it("waits for another process's write lock instead of failing with SQLITE_BUSY, also on a connection opened after a transaction", async () => {
    // A transaction first, so the write below runs on a freshly opened connection.
    await db.$transaction(async (tx) => tx.user.count());
    const file = process.env.DATABASE_URL!.slice("file:".length);
    const holder = spawn(process.execPath, [path.resolve("tests/support/hold-write-lock.mjs"), file, "600"], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve) => holder.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve()));
    const started = Date.now();
    const user = await db.user.create({ data: { email: `waiter-${Date.now()}@example.com`, passwordHash: "x" } });
    expect(user.id).toBeTruthy();
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    await new Promise((resolve) => holder.on("exit", resolve));
    expect(await db.topic.count({ where: { id: `lock-${holder.pid}` } })).toBe(1);
  });

  it("copies the grades' log back into the database on its own thread, not in the grade's commit", async () => {
    const file = process.env.DATABASE_URL!.slice("file:".length);
    const user = await makeUser(db);
    for (let i = 0; i < 20; i++) {
      const next = await getNextCard(db, { userId: user.id });
      if (next.kind !== "card") throw new Error("expected a card");
      await gradeCard(db, { userId: user.id, questionId: next.card.questionId, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "practice" });
    }
    // Twenty grades write far fewer than the thousand pages after which a commit would checkpoint by itself.
    const written = walProgress(file);
    expect(written.lastFrame).toBeGreaterThan(0);
    expect(written.lastFrame).toBeLessThan(1000);
    await expect.poll(() => walProgress(file).copied, { timeout: 5_000, interval: 100 }).toBeGreaterThanOrEqual(written.lastFrame);
  });
});


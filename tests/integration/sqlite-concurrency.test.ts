import { isPostgres } from "@/lib/db-client";
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

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
});

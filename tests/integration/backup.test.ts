import { isPostgres } from "@/lib/db-client";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db-client";
import { backupDatabase } from "@/lib/server/ops/backup-database";
import { gradeCard } from "@/lib/server/practice/grade-card";
import { makeUser } from "../support/users";

const target = path.resolve("data", "test-dbs", `backup-${randomUUID()}.db`);
afterAll(() => rmSync(target, { force: true }));

// SQLite only: PostgreSQL has its own locking and pg_dump.
describe.skipIf(isPostgres())("database backup", () => {
  it("snapshots the live database while writes continue, and the snapshot restores and reads", async () => {
    const user = await makeUser(db);
    const questions = await db.question.findMany({ where: { retiredAt: null }, take: 30, orderBy: { id: "asc" } });
    for (const q of questions.slice(0, 10)) {
      await gradeCard(db, { userId: user.id, questionId: q.id, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "practice" });
    }
    // Writes racing the backup: each lands wholly before or wholly after the snapshot.
    const racing = questions.slice(10).map((q) => gradeCard(db, { userId: user.id, questionId: q.id, rating: 3, clientKey: randomUUID(), durationMs: 0, source: "practice" }));
    const [file] = await Promise.all([backupDatabase(db, target), ...racing]);

    const restored = createPrismaClient(`file:${file}`);
    try {
      const logs = await restored.reviewLog.count({ where: { userId: user.id } });
      const states = await restored.cardState.count({ where: { userId: user.id } });
      expect(logs).toBeGreaterThanOrEqual(10);
      expect(states).toBe(logs);
      expect(await restored.question.count()).toBe(await db.question.count());
      const [check] = await restored.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
      expect(check!.integrity_check).toBe("ok");
    } finally {
      await restored.$disconnect();
    }
    await expect(backupDatabase(db, target)).rejects.toThrow(/already exists/);
  });
});

// The PostgreSQL hot path reads and writes DateTime columns past Prisma, so it must agree with Prisma
// on what instant a timestamp holds, whatever the server process's own time zone.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hotQuery, isPostgres, postgresHotPath } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { makeUser } from "../support/users";

const processZone = process.env.TZ;
afterEach(() => {
  if (processZone === undefined) delete process.env.TZ;
  else process.env.TZ = processZone;
});

describe.skipIf(!isPostgres())("PostgreSQL hot path", () => {
  it("is the path hotQuery takes for the app's client", () => {
    expect(postgresHotPath(db)).toBeDefined();
  });

  it.each(["Pacific/Auckland", "America/Los_Angeles"])("reads and writes the instants Prisma does, in a process on %s time", async (zone) => {
    process.env.TZ = zone;
    const user = await makeUser(db);
    const written = new Date("2026-03-29T01:30:00.123Z");
    await hotQuery(db, Prisma.sql`UPDATE "User" SET "interviewDate" = ${written} WHERE "id" = ${user.id}`);

    const viaPrisma = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { interviewDate: true } });
    expect(viaPrisma.interviewDate?.toISOString()).toBe(written.toISOString());
    const [viaHotPath] = await hotQuery<{ interviewDate: Date; before: boolean }>(
      db,
      Prisma.sql`SELECT "interviewDate", "interviewDate" < ${new Date(written.getTime() + 1)} AS "before" FROM "User" WHERE "id" = ${user.id}`,
    );
    expect(viaHotPath!.interviewDate).toBeInstanceOf(Date);
    expect(viaHotPath!.interviewDate.toISOString()).toBe(written.toISOString());
    expect(viaHotPath!.before).toBe(true);
  });

  it("plans without parallel workers, whose start costs more than a learner's rows take to read", async () => {
    const [setting] = await hotQuery<{ workers: string }>(db, Prisma.sql`SELECT current_setting('max_parallel_workers_per_gather') AS "workers"`);
    expect(setting!.workers).toBe("0");
  });

  it("sends named statements, so each connection parses and plans one once", async () => {
    const rows = await hotQuery<{ name: string; statement: string }>(db, Prisma.sql`SELECT "name", "statement" FROM pg_prepared_statements`);
    // The connection that ran this has it among its prepared statements, under the hot path's name.
    expect(rows.some((r) => r.name.startsWith("hot") && r.statement.includes("pg_prepared_statements"))).toBe(true);
  });

  it("prepares a statement afresh when a migration changed its table's columns under it", async () => {
    const user = await makeUser(db);
    const read = () => hotQuery<{ id: string }>(db, Prisma.sql`SELECT * FROM "Deck" WHERE "userId" = ${user.id}`);
    await db.deck.create({ data: { userId: user.id, name: "Before" } });
    // Sequential calls reuse the pool's last idle connection, which has the statement prepared.
    for (let i = 0; i < 3; i++) expect(await read()).toHaveLength(1);
    await db.$executeRawUnsafe(`ALTER TABLE "Deck" ADD COLUMN "addedByTest" INTEGER`);
    const rows = await read();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveProperty("addedByTest", null);
  });
});

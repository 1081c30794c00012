import type { Client, Config } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-pg/client";
import { databaseUrl, providerOf } from "./database-url";
import { withBusyTimeout } from "./db-busy-timeout";

// Both generated clients come from one set of models (scripts/postgres-schema.mjs), so they share an API.
export type Db = PrismaClient;

/** The libsql adapter, with connections that wait for other processes' writes instead of failing. */
class BusyTolerantLibSQL extends PrismaLibSQL {
  override createClient(config: Config): Client {
    return withBusyTimeout(super.createClient(config));
  }
}

/**
 * A Prisma client for the URL: PostgreSQL through a pg pool (DATABASE_POOL_SIZE connections per
 * instance), or the SQLite file. Within a process the SQLite adapter serialises every query behind
 * one mutex; across processes (a seed, a backup, a second server) the busy timeout makes writers wait.
 */
export function createPrismaClient(url: string = databaseUrl()): Db {
  if (providerOf(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PostgresPrismaClient({ adapter }) as unknown as Db;
  }
  return new PrismaClient({ adapter: new BusyTolerantLibSQL({ url }) });
}

export const isPostgres = (url: string = databaseUrl()) => providerOf(url) === "postgresql";

/** SQLite only: WAL lets readers proceed while a write commits; the mode is stored in the file itself. */
export async function enableWal(client: Db): Promise<void> {
  if (isPostgres()) return;
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
}

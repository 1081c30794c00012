import type { Config, InStatement, ResultSet } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-pg/client";
import { databaseUrl, providerOf } from "./database-url";
import { withBusyTimeout, type SqliteConnection } from "./db-busy-timeout";
import { countingAdapterFactory, countRoundTrip } from "./db-round-trips";

// Both generated clients come from one set of models (scripts/postgres-schema.mjs), so they share an API.
export type Db = PrismaClient;

/** The libsql adapter on one long-lived connection that waits for other processes' writes instead of failing. */
class BusyTolerantLibSQL extends PrismaLibSQL {
  connection: SqliteConnection | null = null;
  override createClient(config: Config): SqliteConnection {
    this.connection = withBusyTimeout(super.createClient(config));
    return this.connection;
  }
}

const sqliteAdapters = new WeakMap<Db, BusyTolerantLibSQL>();

/**
 * A Prisma client for the URL: PostgreSQL through a pg pool (DATABASE_POOL_SIZE connections per
 * instance), or the SQLite file. Within a process the SQLite adapter serialises every query behind
 * one mutex; across processes (a seed, a backup, a second server) the busy timeout makes writers wait.
 */
export function createPrismaClient(url: string = databaseUrl()): Db {
  if (providerOf(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PostgresPrismaClient({ adapter: countingAdapterFactory(adapter) }) as unknown as Db;
  }
  const adapter = new BusyTolerantLibSQL({ url });
  const client = new PrismaClient({ adapter: countingAdapterFactory(adapter) });
  sqliteAdapters.set(client, adapter);
  return client;
}

/**
 * SQLite only: the statements in one write transaction, in one call to the driver (one round trip),
 * on the same connection as the Prisma client's own queries.
 */
export async function sqliteWriteBatch(client: Db, statements: InStatement[]): Promise<ResultSet[]> {
  const adapter = sqliteAdapters.get(client);
  if (!adapter) throw new Error("sqliteWriteBatch needs a SQLite client made by createPrismaClient");
  if (!adapter.connection) await client.$connect();
  countRoundTrip();
  return adapter.connection!.batchWrite(statements);
}

/** Whether this client talks to SQLite (as opposed to the process's DATABASE_URL, which may differ). */
export const isSqliteClient = (client: Db) => sqliteAdapters.has(client);

export const isPostgres = (url: string = databaseUrl()) => providerOf(url) === "postgresql";

/** SQLite only: WAL lets readers proceed while a write commits; the mode is stored in the file itself. */
export async function enableWal(client: Db): Promise<void> {
  if (isPostgres()) return;
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
}

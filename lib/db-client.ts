import type { Config } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-pg/client";
import { databaseUrl, providerOf } from "./database-url";
import { withBusyTimeout, type SqliteConnection } from "./db-busy-timeout";
import { countingAdapterFactory } from "./db-round-trips";
import { SqliteHotPath } from "./sqlite-hot-path";
import { PostgresHotPath } from "./postgres-hot-path";

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

const sqliteHotPaths = new WeakMap<Db, SqliteHotPath>();
const postgresHotPaths = new WeakMap<Db, PostgresHotPath>();

/**
 * A Prisma client for the URL: PostgreSQL through a pg pool (DATABASE_POOL_SIZE connections per
 * instance), or the SQLite file. Within a process the SQLite adapter serialises every query behind
 * one mutex; across processes (a seed, a backup, a second server) the busy timeout makes writers wait.
 */
export function createPrismaClient(url: string = databaseUrl()): Db {
  if (providerOf(url) === "postgresql") {
    const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
    // Prisma's pool; its $disconnect ends it.
    const pool = new pg.Pool({ connectionString: url, max });
    const adapter = new PrismaPg(pool, { disposeExternalPool: true });
    const client = new PostgresPrismaClient({ adapter: countingAdapterFactory(adapter) }) as unknown as Db;
    postgresHotPaths.set(client, new PostgresHotPath(hotPool(url, max)));
    return client;
  }
  const adapter = new BusyTolerantLibSQL({ url });
  const client = new PrismaClient({ adapter: countingAdapterFactory(adapter) });
  const file = url.slice("file:".length).split("?")[0]!;
  sqliteHotPaths.set(client, new SqliteHotPath(file, () => adapter.connection?.transactionsDone() ?? Promise.resolve()));
  return client;
}

/**
 * The hot path's own connections, where each named statement keeps one generic plan. PostgreSQL would
 * otherwise re-plan the practice queue on every grade (a custom plan: 2.5 ms to make, 0.4 ms to run);
 * Prisma's one-off statements keep planning with their values on the other pool. Idle, it lets a script exit.
 * No parallel workers: a generic plan guesses a third of a learner's reviews for a date range and gathers
 * them with two workers, whose start took 12 ms of a 13 ms /progress read that one process does in 0.4 ms.
 */
function hotPool(url: string, max: number): pg.Pool {
  const options = "-c plan_cache_mode=force_generic_plan -c max_parallel_workers_per_gather=0";
  const pool = new pg.Pool({ connectionString: url, max, allowExitOnIdle: true, options });
  // An idle connection the server ended (a restart, a dropped database) leaves the pool; the next query opens another.
  pool.on("error", () => {});
  return pool;
}

/** SQLite only: the hot path's own connection (see sqlite-hot-path.ts); undefined on PostgreSQL. */
export const sqliteHotPath = (client: Db): SqliteHotPath | undefined => sqliteHotPaths.get(client);

// SQLite stores DateTime as ISO text with +00:00 (as Prisma's libsql adapter writes it), booleans as 0/1.
export const sqliteValue = (value: unknown) =>
  value instanceof Date ? value.toISOString().replace("Z", "+00:00") : typeof value === "boolean" ? (value ? 1 : 0) : value;

/** PostgreSQL only: the hot path's named statements on the client's pool; undefined on SQLite. */
export const postgresHotPath = (client: Db): PostgresHotPath | undefined => postgresHotPaths.get(client);

/**
 * A statement on the hot path, past Prisma: on SQLite on the hot connection, on PostgreSQL as a named
 * statement on the pool (a client made elsewhere falls back to $queryRaw). One round trip either way.
 */
export async function hotQuery<T>(client: Db, query: Prisma.Sql): Promise<T[]> {
  const hot = sqliteHotPaths.get(client);
  if (hot) return hot.query<T>({ sql: query.sql, args: query.values.map(sqliteValue) as (string | number | null)[] });
  const pgHot = postgresHotPaths.get(client);
  if (pgHot) return pgHot.query<T>({ text: query.text, values: query.values });
  return client.$queryRaw<T[]>(query);
}

/**
 * Many rows read as one: the database packs each of `columns` into a JSON array (one aggregation pass,
 * so the arrays line up), and thousands of rows cross the driver once (row by row, SQLite's cost about a
 * microsecond each). Column arrays rather than row arrays: half the JSON building. `rest` is FROM onwards.
 */
export async function hotTuples<T extends unknown[]>(client: Db, columns: readonly string[], rest: Prisma.Sql): Promise<T[]> {
  const postgres = postgresHotPaths.has(client) || (!sqliteHotPaths.has(client) && isPostgres());
  const packed = postgres
    ? `json_build_array(${columns.map((c) => `json_agg(${c})`).join(", ")})`
    : `json_array(${columns.map((c) => `json_group_array(${c})`).join(", ")})`;
  const [row] = await hotQuery<{ columns: string | (unknown[] | null)[] }>(client, Prisma.sql`SELECT ${Prisma.raw(packed)} AS "columns" ${rest}`);
  const values = typeof row?.columns === "string" ? (JSON.parse(row.columns) as (unknown[] | null)[]) : (row?.columns ?? []);
  // PostgreSQL aggregates no rows to null, SQLite to [].
  const first = values[0] ?? [];
  // Plain loops: this runs for thousands of rows per page, and closures per row showed in profiles.
  const rows = new Array<T>(first.length);
  for (let i = 0; i < first.length; i++) {
    const row = new Array<unknown>(values.length);
    for (let c = 0; c < values.length; c++) row[c] = values[c]![i];
    rows[i] = row as T;
  }
  return rows;
}

/**
 * A timestamp from hotTuples' JSON: SQLite's text carries its zone, PostgreSQL's (timestamp without time zone) is UTC unmarked.
 * Parsed apart from the constructor, which Next wraps: a number passes through its wrapper faster than text.
 */
export const jsonDate = (text: string): Date => new Date(Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`));

/** Whether this client talks to SQLite (as opposed to the process's DATABASE_URL, which may differ). */
export const isSqliteClient = (client: Db) => sqliteHotPaths.has(client);

export const isPostgres = (url: string = databaseUrl()) => providerOf(url) === "postgresql";

/** SQLite only: WAL lets readers proceed while a write commits; the mode is stored in the file itself. */
export async function enableWal(client: Db): Promise<void> {
  if (isPostgres()) return;
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
}

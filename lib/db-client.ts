import type { Client, Config } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl } from "./database-url";
import { withBusyTimeout } from "./db-busy-timeout";

export type Db = PrismaClient;

/** The libsql adapter, with connections that wait for other processes' writes instead of failing. */
class BusyTolerantLibSQL extends PrismaLibSQL {
  override createClient(config: Config): Client {
    return withBusyTimeout(super.createClient(config));
  }
}

/**
 * A Prisma client on the SQLite file. Within a process the adapter serialises every query behind
 * one mutex; across processes (a seed, a backup, a second server) the busy timeout makes writers wait.
 */
export function createPrismaClient(url: string = databaseUrl()): Db {
  return new PrismaClient({ adapter: new BusyTolerantLibSQL({ url }) });
}

/** WAL lets readers proceed while a write commits; the mode is stored in the file itself. */
export async function enableWal(client: Db): Promise<void> {
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
}

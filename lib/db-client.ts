import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl } from "./database-url";

export type Db = PrismaClient;

/**
 * A Prisma client on the SQLite file. The adapter serialises every query and transaction of a
 * process behind one mutex, so writers in one process never see SQLITE_BUSY.
 */
export function createPrismaClient(url: string = databaseUrl()): Db {
  return new PrismaClient({ adapter: new PrismaLibSQL({ url }) });
}

/** WAL lets readers proceed while a write commits; the mode is stored in the file itself. */
export async function enableWal(client: Db): Promise<void> {
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
}

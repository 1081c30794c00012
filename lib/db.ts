import "server-only";
import { createPrismaClient, type Db } from "./db-client";

// One client per process; in development Next re-evaluates modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { db?: Db };

export const db: Db = globalForDb.db ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForDb.db = db;

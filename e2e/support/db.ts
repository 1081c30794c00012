import path from "node:path";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { E2E_DATABASE_URL } from "./env";

/** The same SQLite file the app under test writes, for asserting on what it holds. */
export const testDb = new PrismaClient({
  adapter: new PrismaLibSQL({ url: `file:${path.resolve(E2E_DATABASE_URL.slice("file:".length))}` }),
});
